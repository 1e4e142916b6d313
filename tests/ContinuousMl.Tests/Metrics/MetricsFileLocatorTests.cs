using ContinuousMl.Errors;
using ContinuousMl.Metrics;

namespace ContinuousMl.Tests.Metrics;

public sealed class MetricsFileLocatorTests
{
    private static Task<MetricsTargets> Locate(MetricsKind kind, Dictionary<string, string> head, Dictionary<string, string>? @base = null, params string[] named) =>
        MetricsFileLocator.LocateAsync(kind, named, "/repo", new InMemoryMetricsSide("workspace", head), new InMemoryMetricsSide("main", @base ?? []), CancellationToken.None);

    [Fact]
    public async Task Named_files_win_and_are_normalised()
    {
        var targets = await Locate(MetricsKind.Metrics, new() { ["metrics.json"] = "{}" }, null, "./eval/../scores.json", "/repo/sub/m.yaml");

        Assert.True(targets.Explicit);
        Assert.Equal(["scores.json", "sub/m.yaml"], targets.Files.Select(f => f.Path));
    }

    [Fact]
    public async Task Dvc_yaml_declarations_come_next()
    {
        var targets = await Locate(MetricsKind.Metrics, new()
        {
            ["dvc.yaml"] = "stages:\n  train:\n    cmd: x\n    metrics:\n      - eval.json\n",
            ["dvclive/metrics.json"] = "{}",
            ["metrics.json"] = "{}",
        });

        Assert.False(targets.Explicit);
        Assert.Equal(["eval.json"], targets.Files.Select(f => f.Path));
        Assert.Contains("dvc.yaml", targets.Origin, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dvclive_output_comes_before_the_defaults_and_a_dvc_yaml_without_declarations_is_passed_over()
    {
        var head = new Dictionary<string, string>
        {
            ["dvc.yaml"] = "stages:\n  train:\n    cmd: x\n",
            ["dvclive/params.yaml"] = "lr: 1",
            ["params.yaml"] = "lr: 1",
        };

        var metrics = await Locate(MetricsKind.Metrics, head, new() { ["dvclive/metrics.json"] = "{}" });
        var parameters = await Locate(MetricsKind.Params, head);

        Assert.Equal(["dvclive/metrics.json"], metrics.Files.Select(f => f.Path));
        Assert.Equal(["dvclive/params.yaml"], parameters.Files.Select(f => f.Path));
    }

    [Fact]
    public async Task The_defaults_are_metrics_json_and_params_yaml()
    {
        var head = new Dictionary<string, string> { ["metrics.json"] = "{}", ["params.yaml"] = "a: 1" };

        Assert.Equal(["metrics.json"], (await Locate(MetricsKind.Metrics, head)).Files.Select(f => f.Path));
        Assert.Equal(["params.yaml"], (await Locate(MetricsKind.Params, head)).Files.Select(f => f.Path));
    }

    [Fact]
    public async Task Finding_nothing_says_how_to_name_files()
    {
        var error = await Assert.ThrowsAsync<CmlException>(() => Locate(MetricsKind.Metrics, []));

        Assert.Equal(ExitCodes.Failure, error.ExitCode);
        Assert.Contains("cml metrics diff FILE", error.Message, StringComparison.Ordinal);
        Assert.Contains("dvclive/metrics.json", error.Message, StringComparison.Ordinal);
    }
}
