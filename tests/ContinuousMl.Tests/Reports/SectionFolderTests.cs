using ContinuousMl.Reports;

namespace ContinuousMl.Tests.Reports;

public sealed class SectionFolderTests
{
    private static readonly string LongBody = string.Concat(Enumerable.Range(0, 100).Select(i => $"line {i} of a long section\n\n"));

    [Fact]
    public void Folds_the_body_of_a_large_section_and_keeps_its_heading_outside()
    {
        var report = "# Report\n\nheadline\n\n## Small\n\nshort text\n\n## Large\n\n" + LongBody + "## After\n\nclosing words\n";

        var folded = SectionFolder.Fold(report, 500);

        Assert.StartsWith("# Report\n\nheadline\n\n## Small\n\nshort text\n\n## Large\n\n<details><summary>Show section</summary>\n\nline 0 of", folded, StringComparison.Ordinal);
        Assert.Contains("line 99 of a long section\n\n</details>\n\n## After\n\nclosing words\n", folded, StringComparison.Ordinal);
        Assert.Equal(1, MarkdownStructure.Count(folded, "<details>"));
        MarkdownStructure.AssertDetailsBalanced(folded);
    }

    [Fact]
    public void Nothing_changes_when_every_section_is_small()
    {
        var report = "# Report\n\n" + LongBody;

        Assert.Same(report, SectionFolder.Fold(report, report.Length));
    }

    [Fact]
    public void Text_before_the_first_heading_is_never_folded()
    {
        var report = LongBody + "## Tail\n\nend\n";

        Assert.Same(report, SectionFolder.Fold(report, 100));
    }

    [Fact]
    public void A_fence_left_open_at_the_end_is_not_folded_since_the_closing_tag_would_land_inside_it()
    {
        var report = "# Report\n\n## Log\n\n```\n" + LongBody;

        Assert.Same(report, SectionFolder.Fold(report, 100));
    }

    [Fact]
    public void A_closed_fence_is_folded_whole()
    {
        var report = "# Report\n\n## Log\n\n```\n" + LongBody + "```\n";

        var folded = SectionFolder.Fold(report, 100);

        Assert.EndsWith("```\n\n</details>\n\n", folded, StringComparison.Ordinal);
        MarkdownStructure.AssertFencesClosed(folded);
    }

    [Fact]
    public void An_indented_code_block_keeps_its_indentation()
    {
        var report = "# Report\n\n## Code\n\n\n    indented code\n" + LongBody;

        var folded = SectionFolder.Fold(report, 100);

        Assert.Contains("<details><summary>Show section</summary>\n\n    indented code\n", folded, StringComparison.Ordinal);
    }
}
