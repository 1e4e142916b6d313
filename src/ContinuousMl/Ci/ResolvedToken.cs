namespace ContinuousMl.Ci;

/// <summary>A token and where it came from. <see cref="ToString"/> names the source only, never the value.</summary>
public sealed class ResolvedToken
{
    public ResolvedToken(string value, string source)
    {
        ArgumentException.ThrowIfNullOrEmpty(value);
        ArgumentException.ThrowIfNullOrEmpty(source);
        Value = value;
        Source = source;
    }

    /// <summary>The secret itself. Register it with a <see cref="SecretRedactor"/> before any output.</summary>
    public string Value { get; }

    /// <summary>The flag or variable name it came from, e.g. <c>--token</c> or <c>GITHUB_TOKEN</c>.</summary>
    public string Source { get; }

    public override string ToString() => $"token from {Source}";
}
