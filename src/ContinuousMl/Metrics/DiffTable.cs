namespace ContinuousMl.Metrics;

/// <summary>A diff as text cells, ready for a Markdown or plain writer.</summary>
public sealed record DiffTable(IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<string>> Rows);
