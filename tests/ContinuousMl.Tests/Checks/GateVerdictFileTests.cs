using System.Text;
using ContinuousMl.Checks;
using ContinuousMl.Errors;

namespace ContinuousMl.Tests.Checks;

public class GateVerdictFileTests
{
    private static GateVerdict Parse(string json) => GateVerdictFile.Parse(Encoding.UTF8.GetBytes(json), "gates.json");

    [Fact]
    public void A_metric_with_failed_rules_fails_the_gates_and_names_them()
    {
        var verdict = Parse("""
            {
              "metrics.json": {
                "acc": {"old": 0.9, "new": 0.8, "diff": -0.1, "failed": ["acc<-0.01", "acc<0.85"]},
                "loss": {"old": 0.3, "new": 0.2, "diff": -0.1}
              }
            }
            """);

        Assert.False(verdict.Passed);
        Assert.Equal(["metrics.json: acc broke acc<-0.01", "metrics.json: acc broke acc<0.85"], verdict.Failures);
    }

    [Fact]
    public void No_failed_rules_pass()
    {
        var verdict = Parse("""{"metrics.json": {"acc": {"old": 0.8, "new": 0.9, "diff": 0.1, "verdict": "better"}}, "dvclive/metrics.json": {}}""");

        Assert.True(verdict.Passed);
        Assert.Empty(verdict.Failures);
    }

    [Fact]
    public void An_empty_failed_list_passes()
    {
        Assert.True(Parse("""{"m.json": {"acc": {"failed": []}}}""").Passed);
    }

    [Theory]
    [InlineData("""{"passed": false}""", false)]
    [InlineData("""{"passed": true, "m.json": {"acc": {"failed": ["acc<0.9"]}}}""", true)]
    [InlineData("""{"passed": false, "m.json": {"acc": {"diff": 1}}}""", false)]
    public void A_top_level_boolean_passed_is_the_verdict(string json, bool passed)
    {
        Assert.Equal(passed, Parse(json).Passed);
    }

    [Fact]
    public void A_metrics_file_called_passed_is_not_a_verdict()
    {
        Assert.False(Parse("""{"passed": {"acc": {"failed": ["acc<0.9"]}}}""").Passed);
    }

    [Theory]
    [InlineData("not json", "not JSON")]
    [InlineData("[1, 2]", "expected a JSON object")]
    [InlineData("\"text\"", "expected a JSON object")]
    public void Anything_but_a_json_object_is_refused_on_one_line(string json, string expected)
    {
        var error = Assert.Throws<CmlException>(() => Parse(json));

        Assert.StartsWith("--conclusion-from-gates gates.json: ", error.Message);
        Assert.Contains(expected, error.Message);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public async Task A_missing_file_says_how_to_make_it()
    {
        var path = Path.Combine(Path.GetTempPath(), "cml-missing-" + Guid.NewGuid().ToString("N") + ".json");

        var error = await Assert.ThrowsAsync<CmlException>(() => GateVerdictFile.ReadAsync(path, CancellationToken.None));

        Assert.Equal($"--conclusion-from-gates {path}: file not found; write it first with `cml metrics diff --json --fail-on RULES > {path}`", error.Message);
    }
}
