namespace ContinuousMl.Reports;

/// <summary>A URL written in a report, and exactly where it is written.</summary>
/// <param name="Kind">Whether an image, a link or a reference definition carries the URL.</param>
/// <param name="Url">
/// The destination as Markdown reads it: backslash escapes and entities resolved, angle brackets removed
/// (<c>&lt;my plot.png&gt;</c> gives <c>my plot.png</c>, <c>p\(1\).png</c> gives <c>p(1).png</c>).
/// </param>
/// <param name="Start">Offset (UTF-16 code units) of the URL text in the source, inside any angle brackets.</param>
/// <param name="Length">Length of the URL text as written in the source.</param>
/// <param name="IsAngleBracketed">
/// Whether the source wraps the URL in <c>&lt;…&gt;</c>; a replacement has to keep to the escaping rules of the form
/// it is written into.
/// </param>
public sealed record LinkReference(LinkReferenceKind Kind, string Url, int Start, int Length, bool IsAngleBracketed);
