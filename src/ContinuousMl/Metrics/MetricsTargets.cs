namespace ContinuousMl.Metrics;

/// <summary>The files to compare and where the list came from, for the log line that names them.</summary>
/// <param name="Explicit">True when the user named the files: a file found on neither side is then an error.</param>
public sealed record MetricsTargets(IReadOnlyList<MetricsTarget> Files, string Origin, bool Explicit);
