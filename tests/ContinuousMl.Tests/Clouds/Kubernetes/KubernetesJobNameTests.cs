using ContinuousMl.Clouds.Kubernetes;

namespace ContinuousMl.Tests.Clouds.Kubernetes;

public sealed class KubernetesJobNameTests
{
    [Theory]
    [InlineData("cml-gpu-1", "cml-gpu-1")]
    [InlineData("My_Runner.GPU", "my-runner-gpu")]
    [InlineData("--x--", "x")]
    [InlineData("___", "cml-runner")]
    public void Runner_names_become_dns_labels(string runner, string job)
    {
        Assert.Equal(job, KubernetesJobName.From(runner));
    }

    [Fact]
    public void Long_names_leave_room_for_the_pod_suffix()
    {
        var job = KubernetesJobName.From(new string('a', 100));
        Assert.Equal(57, job.Length);
    }
}
