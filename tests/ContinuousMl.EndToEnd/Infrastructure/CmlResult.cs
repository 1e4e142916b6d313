namespace ContinuousMl.EndToEnd.Infrastructure;

/// <summary>What one run of the real <c>cml</c> process did.</summary>
public sealed record CmlResult(int ExitCode, string Stdout, string Stderr)
{
    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Stdout}\n--- stderr\n{Stderr}";
}
