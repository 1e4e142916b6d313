using ContinuousMl.Errors;

namespace ContinuousMl.Plots;

/// <summary>A plot file on one side of a comparison: where it is, how to read it, and how to name it in messages.</summary>
/// <param name="Name">For messages: <c>dvclive/plots/metrics/loss.tsv</c> or <c>dvclive/plots/metrics/loss.tsv at main</c>.</param>
/// <param name="Format">How its text is laid out.</param>
/// <param name="Open">Opens its text; called once per read, so a file streams and is never held whole.</param>
public sealed record TableSource(string Name, TableFormat Format, Func<TextReader> Open)
{
    /// <summary>The extensions a folder's files must have to be plotted.</summary>
    public static readonly IReadOnlyList<string> Extensions = [".csv", ".tsv", ".json"];

    public static TableSource FromFile(string path, string name) =>
        new(name, FormatOf(path), () => new StreamReader(path, System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true, new FileStreamOptions { BufferSize = 1 << 16 }));

    public static TableSource FromText(string text, string name, string path) =>
        new(name, FormatOf(path), () => new StringReader(text));

    public static bool IsPlotFile(string path) =>
        Extensions.Contains(Path.GetExtension(path).ToLowerInvariant());

    /// <summary>The format a file's extension names; anything else is tried as delimited text.</summary>
    public static TableFormat FormatOf(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".json" => TableFormat.Json,
        ".tsv" or ".tab" => TableFormat.Tsv,
        ".csv" or ".txt" or ".log" => TableFormat.Csv,
        var other => throw new CmlException($"{path}: cannot plot a '{other}' file; use .csv, .tsv or .json"),
    };
}
