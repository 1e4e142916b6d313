using ContinuousMl.Errors;

namespace ContinuousMl.Metrics;

/// <summary>A metrics or params file that cannot be read: one line naming the file, its revision and the position.</summary>
public sealed class MetricsFileException : CmlException
{
    public MetricsFileException(string source, string problem, Exception? inner = null)
        : base($"{source}: {problem}; fix the file, or name the files to compare as arguments", ExitCodes.Failure, inner)
    {
    }

    /// <summary>A syntax error at a 1-based line and column (either may be unknown).</summary>
    /// <param name="preposition">"at" for the error's own position; "after" for the last position known to be good.</param>
    public static MetricsFileException Malformed(string source, string format, int? line, int? column, string detail, Exception? inner = null, string preposition = "at")
    {
        var where = line is { } l ? column is { } c ? $" {preposition} line {l}, column {c}" : $" {preposition} line {l}" : string.Empty;
        return new MetricsFileException(source, $"invalid {format}{where}: {detail.Trim().TrimEnd('.')}", inner);
    }
}
