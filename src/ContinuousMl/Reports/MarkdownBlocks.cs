using Markdig;

namespace ContinuousMl.Reports;

/// <summary>
/// The Markdig pipeline the size budget reads reports with: precise spans and GitHub's pipe tables, so block
/// boundaries are where the forges see them.
/// </summary>
internal static class MarkdownBlocks
{
    public static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePreciseSourceLocation().UsePipeTables().Build();
}
