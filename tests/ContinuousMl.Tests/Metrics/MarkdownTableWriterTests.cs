using ContinuousMl.Metrics;
using static ContinuousMl.Tests.Metrics.MetricsDiffFixtures;

namespace ContinuousMl.Tests.Metrics;

public sealed class MarkdownTableWriterTests
{
    [Fact]
    public void The_layout_is_dvcs_padded_github_table_followed_by_a_blank_line()
    {
        // dvc's own test (test_metrics_diff_md) prints this for a.b.c 1 → 2.
        var diff = Diff("HEAD", ("metrics.yaml", "a.b.c", "1", "2"));

        var markdown = MarkdownTableWriter.Write(DiffTableBuilder.Build(diff, new DiffTableOptions()));

        Assert.Equal(
            "| Path         | Metric   | HEAD   | workspace   | Change   |\n" +
            "|--------------|----------|--------|-------------|----------|\n" +
            "| metrics.yaml | a.b.c    | 1      | 2           | 1        |\n" +
            "\n",
            markdown);
    }

    [Fact]
    public void An_empty_diff_is_the_header_alone()
    {
        var markdown = MarkdownTableWriter.Write(DiffTableBuilder.Build(Diff("main"), new DiffTableOptions()));

        Assert.Equal(
            "| Path   | Metric   | main   | workspace   | Change   |\n" +
            "|--------|----------|--------|-------------|----------|\n\n",
            markdown);
    }

    [Fact]
    public void Pipes_in_cells_are_escaped_and_wide_characters_count_double()
    {
        var table = new DiffTable(["Metric", "x"], [["a|b", "✅"], ["精度", "1"]]);

        var lines = MarkdownTableWriter.Write(table).Split('\n');

        Assert.Equal("| Metric   | x   |", lines[0]);
        Assert.Equal("| a\\|b     | ✅  |", lines[2]);
        Assert.Equal("| 精度     | 1   |", lines[3]);
    }
}
