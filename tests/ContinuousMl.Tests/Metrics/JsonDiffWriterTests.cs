using System.Text.Json;
using ContinuousMl.Metrics;
using static ContinuousMl.Tests.Metrics.MetricsDiffFixtures;

namespace ContinuousMl.Tests.Metrics;

public sealed class JsonDiffWriterTests
{
    [Fact]
    public void The_shape_is_dvcs_with_direction_verdict_and_failed_rules_added()
    {
        var diff = Diff(
            "main",
            ("m.json", "accuracy", "0.9121", "0.9240"),
            ("m.json", "loss", "0.30", "0.33"),
            ("m.json", "same", "1", "1"),
            ("other.yaml", "name", "a", "b"),
            ("other.yaml", "gone", "1", null));
        var gates = GateEvaluator.Evaluate(GateRuleParser.Parse("loss>+5%"), diff);

        using var json = JsonDocument.Parse(JsonDiffWriter.Write(diff, new DiffTableOptions { Directions = MetricDirections.Default }, gates));
        var metrics = json.RootElement.GetProperty("m.json");
        var accuracy = metrics.GetProperty("accuracy");
        var loss = metrics.GetProperty("loss");

        Assert.Equal("0.9121", accuracy.GetProperty("old").GetRawText());
        Assert.Equal("0.9240", accuracy.GetProperty("new").GetRawText());
        Assert.Equal("0.0119", accuracy.GetProperty("diff").GetRawText());
        Assert.Equal("higher", accuracy.GetProperty("direction").GetString());
        Assert.Equal("better", accuracy.GetProperty("verdict").GetString());
        Assert.Equal("worse", loss.GetProperty("verdict").GetString());
        Assert.Equal(0.1, loss.GetProperty("relative").GetDouble(), 10);
        Assert.Equal(["loss>+5%"], loss.GetProperty("failed").EnumerateArray().Select(e => e.GetString()));
        Assert.False(metrics.TryGetProperty("same", out _));
        Assert.Equal("b", json.RootElement.GetProperty("other.yaml").GetProperty("name").GetProperty("new").GetString());
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("other.yaml").GetProperty("gone").GetProperty("new").ValueKind);
    }

    [Fact]
    public void Non_finite_numbers_become_strings_and_non_json_number_text_is_normalised()
    {
        var diff = new MetricsDiff("main", "workspace", [new MetricsDiffRow("m.yaml", "x", Parse(".5"), Parse("NaN"))], []);

        using var json = JsonDocument.Parse(JsonDiffWriter.Write(diff, new DiffTableOptions()));
        var x = json.RootElement.GetProperty("m.yaml").GetProperty("x");

        Assert.Equal("0.5", x.GetProperty("old").GetRawText());
        Assert.Equal("NaN", x.GetProperty("new").GetString());
    }

    [Fact]
    public void Unchanged_files_are_left_out_and_an_empty_diff_is_an_empty_object()
    {
        var diff = Diff("main", ("m.json", "a", "1", "1"));

        Assert.Equal("{}", JsonDiffWriter.Write(diff, new DiffTableOptions()).Trim());
        Assert.Contains("\"a\"", JsonDiffWriter.Write(diff, new DiffTableOptions { All = true }), StringComparison.Ordinal);
    }

    private static MetricValue Parse(string text)
    {
        Assert.True(MetricValue.TryParseNumber(text, out var value));
        return value;
    }
}
