using ContinuousMl.Ci;
using ContinuousMl.Runners.Cloud;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ContinuousMl.Clouds.Gcp;

public static class GcpCloudServiceCollectionExtensions
{
    /// <summary>The variable that points every cloud's metadata client somewhere else (a fake on 127.0.0.1 in tests).</summary>
    public const string MetadataUrlVariable = "CML_CLOUD_METADATA_URL";

    /// <summary>
    /// Registers <see cref="GcpRunnerProvider"/> as an <see cref="ICloudRunnerProvider"/> and <see cref="GcpInstanceSelf"/>
    /// as an <see cref="ICloudInstanceSelf"/>, both over the container's <see cref="HttpClient"/> (the resilient pipeline).
    /// Needs <see cref="IEnvironmentVariables"/> and logging; credentials are read only when a method is called.
    /// </summary>
    public static IServiceCollection AddGcpCloudRunner(this IServiceCollection services)
    {
        services.AddSingleton(sp => GcpCloudSettings.FromEnvironment(sp.GetRequiredService<IEnvironmentVariables>()));
        services.AddSingleton(sp =>
        {
            var settings = sp.GetRequiredService<GcpCloudSettings>();
            var http = sp.GetRequiredService<HttpClient>();
            return new GcpComputeClient(http, settings.ComputeUrl, new GcpAccessTokenSource(settings, http));
        });
        services.AddSingleton<ICloudRunnerProvider>(sp => new GcpRunnerProvider(
            sp.GetRequiredService<GcpComputeClient>(), sp.GetRequiredService<GcpCloudSettings>(), sp.GetRequiredService<ILoggerFactory>().CreateLogger<GcpRunnerProvider>()));
        services.AddSingleton<ICloudInstanceSelf>(sp =>
        {
            var url = sp.GetRequiredService<IEnvironmentVariables>().Get(MetadataUrlVariable);
            return new GcpInstanceSelf(
                sp.GetRequiredService<HttpClient>(), string.IsNullOrWhiteSpace(url) ? GcpInstanceSelf.DefaultMetadataUrl : new Uri(url.TrimEnd('/') + "/"));
        });
        return services;
    }
}
