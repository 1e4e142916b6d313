namespace ContinuousMl.Metrics;

/// <summary>A file to compare.</summary>
/// <param name="Path">Relative to the current directory, with forward slashes.</param>
/// <param name="Keys">The params a dvc.yaml stage depends on (with their nested keys), or null for the whole file.</param>
public sealed record MetricsTarget(string Path, IReadOnlyList<string>? Keys = null)
{
    /// <summary>True when <paramref name="key"/> is one of <see cref="Keys"/> or nested under one.</summary>
    public bool Includes(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (Keys is null)
        {
            return true;
        }

        foreach (var declared in Keys)
        {
            if (key == declared || (key.Length > declared.Length && key[declared.Length] == '.' && key.StartsWith(declared, StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }
}
