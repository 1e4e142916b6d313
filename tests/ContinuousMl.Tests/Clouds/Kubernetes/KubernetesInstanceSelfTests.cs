using ContinuousMl.Ci;
using ContinuousMl.Clouds.Kubernetes;
using ContinuousMl.Runners.Cloud;

namespace ContinuousMl.Tests.Clouds.Kubernetes;

public sealed class KubernetesInstanceSelfTests
{
    [Fact]
    public async Task The_job_and_namespace_come_from_the_variables_the_job_sets()
    {
        var self = new KubernetesInstanceSelf(new DictionaryEnvironment(
            [new("CML_KUBERNETES_JOB", "cml-k8s-1"), new("CML_KUBERNETES_NAMESPACE", "ml"), new("HOSTNAME", "cml-k8s-1-abcde")]));

        Assert.Equal(new CloudInstance("kubernetes", "cml-k8s-1", "ml"), await self.DescribeSelfAsync(CancellationToken.None));
        Assert.False(await self.IsBeingReclaimedAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Without_them_the_pod_name_and_service_account_namespace_are_used()
    {
        var namespaceFile = Path.GetTempFileName();
        await File.WriteAllTextAsync(namespaceFile, "runners\n");
        try
        {
            var self = new KubernetesInstanceSelf(new DictionaryEnvironment([new("HOSTNAME", "cml-k8s-1-abcde")]), namespaceFile);

            Assert.Equal(new CloudInstance("kubernetes", "cml-k8s-1", "runners"), await self.DescribeSelfAsync(CancellationToken.None));
        }
        finally
        {
            File.Delete(namespaceFile);
        }
    }

    [Fact]
    public async Task Outside_a_pod_it_says_what_is_missing()
    {
        var self = new KubernetesInstanceSelf(new DictionaryEnvironment(), "/nonexistent");

        var error = await Assert.ThrowsAsync<CloudRunnerException>(() => self.DescribeSelfAsync(CancellationToken.None));

        Assert.Contains("CML_KUBERNETES_JOB and HOSTNAME are not set", error.Message, StringComparison.Ordinal);
    }
}
