using System.Text;
using ContinuousMl.Reports;

namespace ContinuousMl.Tests.Reports;

public class ReportBudgetTests
{
    private const string Where = "in `report.md` of the job's workspace";

    [Fact]
    public void A_report_that_fits_is_untouched()
    {
        const string report = "# Title\n\nbody\n";

        Assert.Same(report, ReportBudget.Fit(report, report.Length, Where));
    }

    [Fact]
    public void Cuts_after_the_last_whole_block_and_says_so()
    {
        var report = "# Title\n\nfirst paragraph\n\n```\n" + new string('x', 500) + "\n```\n\nlast paragraph\n";

        var fitted = ReportBudget.Fit(report, 400, Where);

        Assert.True(fitted.Length <= 400, $"{fitted.Length} characters");
        Assert.StartsWith("# Title\n\nfirst paragraph", fitted);
        Assert.DoesNotContain("```", fitted);
        Assert.Contains("shortened to fit the comment size limit (400 characters)", fitted);
        Assert.EndsWith("The full report is in `report.md` of the job's workspace.", fitted);
        var cut = report.Length - "# Title\n\nfirst paragraph".Length;
        Assert.Contains($"the last {cut:N0} characters were left out", fitted);
    }

    [Fact]
    public void A_huge_table_is_cut_between_rows()
    {
        var table = new StringBuilder("| step | loss |\n|---|---|\n");
        for (var i = 0; i < 2_000; i++)
        {
            table.Append("| ").Append(i).Append(" | 0.").Append(1000 + i).Append(" |\n");
        }

        var fitted = ReportBudget.Fit(table.ToString(), 5_000, Where);

        Assert.True(fitted.Length <= 5_000);
        var kept = fitted[..fitted.IndexOf("\n\n> **Note:**", StringComparison.Ordinal)];
        Assert.True(kept.Length > 4_000, "most of the budget is used");
        Assert.All(kept.Split('\n'), row => Assert.Matches(@"^\|.*\|$", row));
    }

    [Fact]
    public void A_fence_larger_than_the_budget_is_dropped_not_split()
    {
        var report = "```\n" + string.Join('\n', Enumerable.Repeat("line of code", 500)) + "\n```\n";

        var fitted = ReportBudget.Fit(report, 1_000, Where);

        Assert.True(fitted.Length <= 1_000);
        Assert.DoesNotContain("line of code", fitted);
        Assert.Contains("left out", fitted);
    }

    [Theory]
    [InlineData(300)]
    [InlineData(2_000)]
    [InlineData(65_536)]
    public void Never_exceeds_the_budget(int budget)
    {
        var report = string.Concat(Enumerable.Range(0, 3_000).Select(i => $"paragraph {i} with some words\n\n"));

        Assert.True(ReportBudget.Fit(report, budget, Where).Length <= budget);
    }
}
