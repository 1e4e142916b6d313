using System.Text;
using ContinuousMl.Forges;

namespace ContinuousMl.Reports;

/// <summary>How large a report one place accepts, and whether HTML renders there.</summary>
/// <param name="Surface">Names the place in notices: <c>comment</c>, <c>job summary</c>.</param>
/// <param name="MaxSize">The most the report may take, counted in <paramref name="Unit"/>.</param>
/// <param name="Unit">What <paramref name="MaxSize"/> counts.</param>
/// <param name="RendersHtml">Whether <c>&lt;details&gt;</c> renders; Bitbucket escapes HTML, so folding would show tags.</param>
public sealed record ReportLimit(string Surface, int MaxSize, ReportSizeUnit Unit, bool RendersHtml)
{
    /// <summary>GitHub's job summary: 1 MiB per step, counted in bytes by the runner.</summary>
    public static readonly ReportLimit JobSummary = new("job summary", 1_048_576, ReportSizeUnit.Utf8Bytes, RendersHtml: true);

    /// <summary>A GitHub check run's <c>output.summary</c>.</summary>
    public static readonly ReportLimit GitHubCheckSummary = new("check summary", 65_535, ReportSizeUnit.Characters, RendersHtml: true);

    /// <summary>A comment on <paramref name="limits"/>' forge.</summary>
    public static ReportLimit ForComment(ForgeLimits limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        return new ReportLimit("comment", limits.MaxCommentCharacters, ReportSizeUnit.Characters, limits.RendersHtml);
    }

    /// <summary>The size of <paramref name="text"/> in this limit's unit.</summary>
    public int Measure(ReadOnlySpan<char> text) => Unit == ReportSizeUnit.Utf8Bytes ? Encoding.UTF8.GetByteCount(text) : text.Length;

    /// <summary>How notices write a size: <c>65,536 characters</c>.</summary>
    public string Describe(int size) => $"{size:N0} {(Unit == ReportSizeUnit.Utf8Bytes ? "bytes" : "characters")}";
}
