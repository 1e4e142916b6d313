using System.Text;
using System.Text.RegularExpressions;
using ContinuousMl.Bitbucket;
using ContinuousMl.Forges;
using ContinuousMl.GitLab;
using ContinuousMl.Reports;

namespace ContinuousMl.Tests.Reports;

/// <summary>
/// The full degradation (fold, cut tables, cut the tail) on every place a report goes, checked by structure: the
/// size, whole rows, closed fences and balanced <c>&lt;details&gt;</c>, never byte snapshots.
/// </summary>
public sealed partial class ReportFittingTests
{
    private const string Where = "in the job summary of https://ci.example/runs/1 and in `.cml/report/report.md`";

    public static TheoryData<string> Limits => new() { "github", "gitlab", "bitbucket", "check", "summary" };

    [Theory]
    [MemberData(nameof(Limits))]
    public void A_report_that_fits_is_returned_as_is(string name)
    {
        var report = Report(tableRows: 20, logLines: 20);

        var fitted = ReportBudget.Fit(report, Limit(name), Where);

        Assert.Same(report, fitted.Text);
        Assert.Equal(DegradationStages.None, fitted.Stages);
    }

    [Theory]
    [MemberData(nameof(Limits))]
    public void A_long_table_is_cut_to_whole_rows_with_a_line_saying_how_many(string name)
    {
        var limit = Limit(name);
        var rows = RowsToExceed(limit, 1.3);
        var report = Report(tableRows: rows, logLines: 5);

        var fitted = ReportBudget.Fit(report, limit, Where);

        Assert.True(limit.Measure(fitted.Text) <= limit.MaxSize, $"{limit.Measure(fitted.Text)} > {limit.MaxSize}");
        Assert.True(fitted.Stages.HasFlag(DegradationStages.TablesTruncated), fitted.Stages.ToString());
        Assert.False(fitted.Stages.HasFlag(DegradationStages.TailCut), "cutting rows was enough: the end of the report stays");
        Assert.EndsWith("the end of the report.\n", fitted.Text);

        var table = Assert.Single(MarkdownStructure.Tables(fitted.Text), t => t[0].Contains("Metric", StringComparison.Ordinal));
        var originalRows = MarkdownStructure.Tables(report).Single(t => t[0].Contains("Metric", StringComparison.Ordinal)).Skip(2).ToHashSet();
        var kept = table.Skip(2).ToList();
        Assert.All(kept, row => Assert.Contains(row, originalRows));
        Assert.Equal(originalRows.Take(kept.Count), kept);

        var notice = RowsCut().Match(fitted.Text);
        Assert.True(notice.Success, "no line says how many rows were cut");
        Assert.Equal(rows, int.Parse(notice.Groups["total"].Value, System.Globalization.NumberStyles.AllowThousands, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(rows - kept.Count, int.Parse(notice.Groups["cut"].Value, System.Globalization.NumberStyles.AllowThousands, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Contains($"{kept[^1]}\n\n> **Note:** this table was shortened", fitted.Text, StringComparison.Ordinal);
        Assert.Contains(Where, notice.Value, StringComparison.Ordinal);
        MarkdownStructure.AssertFencesClosed(fitted.Text);
        MarkdownStructure.AssertDetailsBalanced(fitted.Text);
    }

    [Theory]
    [MemberData(nameof(Limits))]
    public void Large_sections_are_folded_where_HTML_renders_and_never_on_Bitbucket(string name)
    {
        var limit = Limit(name);
        var report = Report(tableRows: RowsToExceed(limit, 1.2), logLines: 5);

        var fitted = ReportBudget.Fit(report, limit, Where);

        Assert.True(limit.Measure(fitted.Text) <= limit.MaxSize);
        if (limit.RendersHtml)
        {
            Assert.True(fitted.Stages.HasFlag(DegradationStages.SectionsFolded), fitted.Stages.ToString());
            Assert.Contains("### Metrics\n\n<details><summary>Show section</summary>", fitted.Text, StringComparison.Ordinal);
            Assert.StartsWith("## Model report\n\n✅ verdict", fitted.Text, StringComparison.Ordinal);
            MarkdownStructure.AssertDetailsBalanced(fitted.Text);
        }
        else
        {
            Assert.False(fitted.Stages.HasFlag(DegradationStages.SectionsFolded));
            Assert.DoesNotContain("<details", fitted.Text, StringComparison.Ordinal);
            Assert.DoesNotContain("<summary", fitted.Text, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(Limits))]
    public void When_tables_are_not_enough_the_tail_is_replaced_by_a_pointer(string name)
    {
        var limit = Limit(name);
        var report = Report(tableRows: 30, logLines: LinesToExceed(limit, 1.5));

        var fitted = ReportBudget.Fit(report, limit, Where);

        Assert.True(limit.Measure(fitted.Text) <= limit.MaxSize, $"{limit.Measure(fitted.Text)} > {limit.MaxSize}");
        Assert.True(fitted.Stages.HasFlag(DegradationStages.TailCut), fitted.Stages.ToString());
        Assert.EndsWith($"were left out. The full report is {Where}.", fitted.Text, StringComparison.Ordinal);
        Assert.Contains($"to fit the {limit.Surface} size limit ({limit.Describe(limit.MaxSize)})", fitted.Text, StringComparison.Ordinal);
        Assert.StartsWith("## Model report\n\n✅ verdict", fitted.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("the end of the report", fitted.Text, StringComparison.Ordinal);
        MarkdownStructure.AssertFencesClosed(fitted.Text);
        MarkdownStructure.AssertDetailsBalanced(fitted.Text);
        Assert.Equal(limit.RendersHtml, fitted.Text.Contains("<details>", StringComparison.Ordinal));
        Assert.All(MarkdownStructure.Tables(fitted.Text), table => Assert.All(table, line => Assert.Matches(@"^\|.*\|$", line)));
    }

    [Fact]
    public void The_job_summary_counts_bytes_not_characters()
    {
        var limit = ReportLimit.JobSummary with { MaxSize = 20_000 };
        var report = "## Résumé 📈\n\n" + string.Concat(Enumerable.Range(0, 2_000).Select(i => $"Époque {i} : perte ↓ 📉\n\n"));
        Assert.True(report.Length < 3 * limit.MaxSize);

        var fitted = ReportBudget.Fit(report, limit, Where);

        Assert.True(Encoding.UTF8.GetByteCount(fitted.Text) <= limit.MaxSize, $"{Encoding.UTF8.GetByteCount(fitted.Text)} bytes");
        Assert.True(Encoding.UTF8.GetByteCount(fitted.Text) > limit.MaxSize - 1_000, "most of the room is used");
        Assert.Contains("(20,000 bytes)", fitted.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cut_inside_a_folded_section_closes_the_fold_before_the_notice()
    {
        var limit = ReportLimit.ForComment(ForgeLimits.GitHub) with { MaxSize = 12_000 };
        var report = "## Report\n\nheadline\n\n### Log\n\n" + string.Concat(Enumerable.Range(0, 1_500).Select(i => $"line {i} of the log\n\n"));

        var fitted = ReportBudget.Fit(report, limit, Where);

        Assert.Equal(DegradationStages.SectionsFolded | DegradationStages.TailCut, fitted.Stages);
        Assert.True(fitted.Text.Length <= limit.MaxSize);
        MarkdownStructure.AssertDetailsBalanced(fitted.Text);
        var close = fitted.Text.LastIndexOf("</details>", StringComparison.Ordinal);
        Assert.True(close < fitted.Text.IndexOf("> **Note:**", StringComparison.Ordinal), "the notice must stay visible outside the fold");
    }

    [Fact]
    public void An_html_block_is_kept_whole_or_left_out()
    {
        var html = "<table>\n" + string.Concat(Enumerable.Range(0, 300).Select(i => $"<tr><td>{i}</td></tr>\n")) + "</table>\n";
        var report = "intro\n\n" + html + "\nafter\n";
        var limit = ReportLimit.ForComment(ForgeLimits.GitHub) with { MaxSize = 3_000 };

        var fitted = ReportBudget.Fit(report, limit, Where);

        Assert.True(fitted.Text.Length <= 3_000);
        Assert.DoesNotContain("<tr>", fitted.Text, StringComparison.Ordinal);
        Assert.StartsWith("intro", fitted.Text, StringComparison.Ordinal);
    }

    private static ReportLimit Limit(string name) => name switch
    {
        "github" => ReportLimit.ForComment(ForgeLimits.GitHub),
        "gitlab" => ReportLimit.ForComment(GitLabForge.GitLabLimits),
        "bitbucket" => ReportLimit.ForComment(BitbucketForge.BitbucketLimits),
        "check" => ReportLimit.GitHubCheckSummary,
        _ => ReportLimit.JobSummary,
    };

    private static int RowsToExceed(ReportLimit limit, double factor) => (int)(limit.MaxSize * factor / Row(0).Length) + 1;

    private static int LinesToExceed(ReportLimit limit, double factor) => (int)(limit.MaxSize * factor / LogLine(0).Length) + 1;

    private static string Row(int i) => $"| metrics.json | metric_{i:D7} | 0.{i % 10_000:D4} | 0.{(i + 7) % 10_000:D4} |\n";

    private static string LogLine(int i) => $"epoch {i:D7}: loss went down, accuracy went up\n";

    /// <summary>A report shaped like <c>cml report</c>'s: headline, a metrics table, a log in a fence, a chart, a closing line.</summary>
    private static string Report(int tableRows, int logLines)
    {
        var text = new StringBuilder("## Model report\n\n✅ verdict: gates passed.\n\n### Metrics\n\n| Path | Metric | main | workspace |\n|---|---|---|---|\n");
        for (var i = 0; i < tableRows; i++)
        {
            text.Append(Row(i));
        }

        text.Append("\n### Training log\n\n```text\n");
        for (var i = 0; i < logLines; i++)
        {
            text.Append(LogLine(i));
        }

        text.Append("```\n\n### Plots\n\n```mermaid\nxychart-beta\n    title \"loss\"\n    line [1, 0.5, 0.25]\n```\n\n- 🟦 loss (workspace)\n\nThat is the end of the report.\n");
        return text.ToString();
    }

    [GeneratedRegex(@"this table was shortened to fit the [a-z ]+ size limit \([0-9,]+ [a-z]+\): (?<cut>[0-9,]+) of its (?<total>[0-9,]+) rows were cut\. The full report is .*\.")]
    private static partial Regex RowsCut();
}
