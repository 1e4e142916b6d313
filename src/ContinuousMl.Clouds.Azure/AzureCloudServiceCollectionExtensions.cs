using ContinuousMl.Ci;
using ContinuousMl.Runners.Cloud;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ContinuousMl.Clouds.Azure;

public static class AzureCloudServiceCollectionExtensions
{
    /// <summary>The variable that points every cloud's metadata client somewhere else (a fake on 127.0.0.1 in tests).</summary>
    public const string MetadataUrlVariable = "CML_CLOUD_METADATA_URL";

    /// <summary>
    /// Registers <see cref="AzureRunnerProvider"/> as an <see cref="ICloudRunnerProvider"/> and <see cref="AzureInstanceSelf"/>
    /// as an <see cref="ICloudInstanceSelf"/>. Needs <see cref="IEnvironmentVariables"/>, <see cref="HttpClient"/> and logging;
    /// nothing signs in until a method is called.
    /// </summary>
    public static IServiceCollection AddAzureCloudRunner(this IServiceCollection services)
    {
        services.AddSingleton(sp => new AzureArmClientFactory(AzureCloudSettings.FromEnvironment(sp.GetRequiredService<IEnvironmentVariables>())));
        services.AddSingleton<ICloudRunnerProvider>(sp => new AzureRunnerProvider(
            sp.GetRequiredService<AzureArmClientFactory>(), sp.GetRequiredService<ILoggerFactory>().CreateLogger<AzureRunnerProvider>()));
        services.AddSingleton<ICloudInstanceSelf>(sp =>
        {
            var url = sp.GetRequiredService<IEnvironmentVariables>().Get(MetadataUrlVariable);
            return new AzureInstanceSelf(
                sp.GetRequiredService<HttpClient>(), string.IsNullOrWhiteSpace(url) ? AzureInstanceSelf.DefaultMetadataUrl : new Uri(url.TrimEnd('/') + "/"));
        });
        return services;
    }
}
