using ContinuousMl.Metrics;
using static ContinuousMl.Tests.Metrics.MetricsDiffFixtures;

namespace ContinuousMl.Tests.Metrics;

public sealed class DiffTableBuilderTests
{
    private static readonly DiffTableOptions Metrics = new() { Directions = MetricDirections.Default };

    [Fact]
    public void Columns_follow_dvc_with_the_revision_names_as_headers()
    {
        var table = DiffTableBuilder.Build(Diff("main", ("m.json", "acc", "0.5", "0.6")), Metrics);

        Assert.Equal(["Path", "Metric", "main", "workspace", "Change"], table.Headers);
    }

    [Fact]
    public void Only_changed_rows_unless_all_is_asked()
    {
        var diff = Diff("main", ("m.json", "a", "1", "1"), ("m.json", "b", "1", "2"));

        Assert.Equal(["b"], DiffTableBuilder.Build(diff, Metrics).Rows.Select(r => r[1]));
        Assert.Equal(["a", "b"], DiffTableBuilder.Build(diff, Metrics with { All = true }).Rows.Select(r => r[1]));
    }

    [Fact]
    public void Values_are_rounded_to_the_precision_and_missing_ones_are_dashes()
    {
        var diff = Diff("main", ("m.json", "acc", "0.912345678", "0.923456789"), ("m.json", "new", null, "0.5"));

        var rows = DiffTableBuilder.Build(diff, Metrics with { Precision = 3 }).Rows;

        Assert.Equal(["m.json", "acc", "0.912", "0.923", "0.011 ▲ ✅"], rows[0]);
        Assert.Equal(["m.json", "new", "-", "0.5", "-"], rows[1]);
    }

    [Theory]
    [InlineData("loss", "0.3", "0.2", "-0.1 ▼ ✅")]
    [InlineData("loss", "0.2", "0.3", "0.1 ▲ ❌")]
    [InlineData("accuracy", "0.9", "0.8", "-0.1 ▼ ❌")]
    [InlineData("accuracy", "0.8", "0.9", "0.1 ▲ ✅")]
    [InlineData("step", "1", "2", "1 ▲")]
    [InlineData("name", "a", "b", "-")]
    public void The_change_cell_shows_arrow_and_verdict_by_direction(string key, string before, string after, string expected)
    {
        var table = DiffTableBuilder.Build(Diff("main", ("m.json", key, before, after)), Metrics);

        Assert.Equal(expected, table.Rows[0][4]);
    }

    [Fact]
    public void User_directions_change_the_verdict()
    {
        var options = Metrics with { Directions = new MetricDirections([], ["throughput"]) };

        var table = DiffTableBuilder.Build(Diff("main", ("m.json", "throughput", "1", "2")), options);

        Assert.Equal("1 ▲ ❌", table.Rows[0][4]);
    }

    [Fact]
    public void Rows_that_break_a_gate_are_marked_and_shown_even_unchanged()
    {
        var diff = Diff("main", ("m.json", "f1", "0.7", "0.7"), ("m.json", "acc", "0.9", "0.8"), ("m.json", "other", "1", "1"));
        var gates = GateEvaluator.Evaluate(GateRuleParser.Parse("f1<0.8,acc<-0.05"), diff);

        var rows = DiffTableBuilder.Build(diff, Metrics, gates).Rows;

        Assert.Equal(["f1", "acc"], rows.Select(r => r[1]));
        Assert.Equal("0.0 ⛔ f1<0.8", rows[0][4]);
        Assert.Equal("-0.1 ▼ ❌ ⛔ acc<-0.05", rows[1][4]);
    }

    [Fact]
    public void Params_have_no_change_column_and_no_path_drops_the_path()
    {
        var options = new DiffTableOptions { Title = "Param", ShowChange = false, ShowPath = false, Precision = null };

        var table = DiffTableBuilder.Build(Diff("v1", ("params.yaml", "lr", "0.0010", "0.0020")), options);

        Assert.Equal(["Param", "v1", "workspace"], table.Headers);
        Assert.Equal(["lr", "0.0010", "0.0020"], table.Rows[0]);
    }
}
