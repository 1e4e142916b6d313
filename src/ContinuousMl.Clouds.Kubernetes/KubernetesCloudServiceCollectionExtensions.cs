using ContinuousMl.Ci;
using ContinuousMl.Http;
using ContinuousMl.Runners.Cloud;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ContinuousMl.Clouds.Kubernetes;

public static class KubernetesCloudServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="KubernetesRunnerProvider"/> as an <see cref="ICloudRunnerProvider"/> and
    /// <see cref="KubernetesInstanceSelf"/> as an <see cref="ICloudInstanceSelf"/>. Needs <see cref="IEnvironmentVariables"/>
    /// and logging, and uses the registered <see cref="HttpPipelineOptions"/> when there are some; the kubeconfig is
    /// read only when a method is called.
    /// </summary>
    public static IServiceCollection AddKubernetesCloudRunner(this IServiceCollection services)
    {
        services.AddSingleton(sp => new KubernetesConnectionFactory(
            KubernetesCloudSettings.FromEnvironment(sp.GetRequiredService<IEnvironmentVariables>()),
            sp.GetService<HttpPipelineOptions>(),
            sp.GetRequiredService<ILoggerFactory>().CreateLogger("http")));
        services.AddSingleton<ICloudRunnerProvider>(sp => new KubernetesRunnerProvider(
            sp.GetRequiredService<KubernetesConnectionFactory>(), sp.GetRequiredService<ILoggerFactory>().CreateLogger<KubernetesRunnerProvider>()));
        services.AddSingleton<ICloudInstanceSelf>(sp => new KubernetesInstanceSelf(sp.GetRequiredService<IEnvironmentVariables>()));
        return services;
    }
}
