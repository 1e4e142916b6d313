using ContinuousMl.Ci;
using ContinuousMl.Runners.Cloud;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ContinuousMl.Clouds.Aws;

public static class AwsCloudServiceCollectionExtensions
{
    /// <summary>The variable that points every cloud's metadata client somewhere else (a fake on 127.0.0.1 in tests).</summary>
    public const string MetadataUrlVariable = "CML_CLOUD_METADATA_URL";

    /// <summary>
    /// Registers <see cref="AwsRunnerProvider"/> as an <see cref="ICloudRunnerProvider"/> and <see cref="AwsInstanceSelf"/>
    /// as an <see cref="ICloudInstanceSelf"/>. Needs <see cref="IEnvironmentVariables"/>, <see cref="HttpClient"/> and
    /// logging in the container. Nothing touches AWS or the metadata service until a method is called.
    /// </summary>
    public static IServiceCollection AddAwsCloudRunner(this IServiceCollection services)
    {
        services.AddSingleton(sp => new AwsEc2ClientFactory(AwsCloudSettings.FromEnvironment(sp.GetRequiredService<IEnvironmentVariables>())));
        services.AddSingleton<ICloudRunnerProvider>(sp => new AwsRunnerProvider(
            sp.GetRequiredService<AwsEc2ClientFactory>(), sp.GetRequiredService<ILoggerFactory>().CreateLogger<AwsRunnerProvider>()));
        services.AddSingleton<ICloudInstanceSelf>(sp =>
        {
            var url = sp.GetRequiredService<IEnvironmentVariables>().Get(MetadataUrlVariable);
            return new AwsInstanceSelf(
                sp.GetRequiredService<HttpClient>(), string.IsNullOrWhiteSpace(url) ? AwsInstanceSelf.DefaultMetadataUrl : new Uri(url.TrimEnd('/') + "/"));
        });
        return services;
    }
}
