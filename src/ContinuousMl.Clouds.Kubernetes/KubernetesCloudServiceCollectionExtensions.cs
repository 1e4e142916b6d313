using ContinuousMl.Ci;
using ContinuousMl.Runners.Cloud;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ContinuousMl.Clouds.Kubernetes;

public static class KubernetesCloudServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="KubernetesRunnerProvider"/> as an <see cref="ICloudRunnerProvider"/> and
    /// <see cref="KubernetesInstanceSelf"/> as an <see cref="ICloudInstanceSelf"/>. Needs <see cref="IEnvironmentVariables"/>
    /// and logging; the kubeconfig is read only when a method is called.
    /// </summary>
    public static IServiceCollection AddKubernetesCloudRunner(this IServiceCollection services)
    {
        services.AddSingleton(sp => new KubernetesConnectionFactory(KubernetesCloudSettings.FromEnvironment(sp.GetRequiredService<IEnvironmentVariables>())));
        services.AddSingleton<ICloudRunnerProvider>(sp => new KubernetesRunnerProvider(
            sp.GetRequiredService<KubernetesConnectionFactory>(), sp.GetRequiredService<ILoggerFactory>().CreateLogger<KubernetesRunnerProvider>()));
        services.AddSingleton<ICloudInstanceSelf>(sp => new KubernetesInstanceSelf(sp.GetRequiredService<IEnvironmentVariables>()));
        return services;
    }
}
