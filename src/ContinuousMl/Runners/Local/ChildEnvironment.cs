namespace ContinuousMl.Runners.Local;

/// <summary>
/// The environment the runner program (and so every job it runs) inherits: ours, minus what
/// <c>_CML_RUNNER_SENSITIVE_ENV</c> lists (colon-separated names), minus that variable itself, as in CML.
/// </summary>
public static class ChildEnvironment
{
    public const string SensitiveVariable = "_CML_RUNNER_SENSITIVE_ENV";

    public static IReadOnlyDictionary<string, string> From(IReadOnlyDictionary<string, string> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var hidden = new HashSet<string>(StringComparer.Ordinal) { SensitiveVariable };
        if (environment.TryGetValue(SensitiveVariable, out var list) && list is not null)
        {
            hidden.UnionWith(list.Split(':', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        }

        return environment
            .Where(pair => !hidden.Contains(pair.Key))
            .ToDictionary(pair => pair.Key, pair => pair.Value, StringComparer.Ordinal);
    }
}
