using ContinuousMl.Ci;
using ContinuousMl.Clouds.Aws;
using ContinuousMl.Clouds.Azure;
using ContinuousMl.Clouds.Gcp;
using ContinuousMl.Clouds.Kubernetes;
using ContinuousMl.Runners.Cloud;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace ContinuousMl.Tests.Clouds;

public sealed class CloudRegistrationTests
{
    [Fact]
    public void Each_cloud_registers_one_provider_and_one_self_under_its_cloud_name_without_touching_a_cloud()
    {
        using var http = new HttpClient();
        var services = new ServiceCollection()
            .AddSingleton<IEnvironmentVariables>(new DictionaryEnvironment())
            .AddSingleton(http)
            .AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance)
            .AddAwsCloudRunner()
            .AddKubernetesCloudRunner()
            .AddAzureCloudRunner()
            .AddGcpCloudRunner();
        using var provider = services.BuildServiceProvider();

        Assert.Equal(["aws", "kubernetes", "azure", "gcp"], provider.GetServices<ICloudRunnerProvider>().Select(p => p.Cloud));
        Assert.Equal(["aws", "kubernetes", "azure", "gcp"], provider.GetServices<ICloudInstanceSelf>().Select(s => s.Cloud));
    }
}
