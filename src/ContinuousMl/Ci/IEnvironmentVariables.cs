namespace ContinuousMl.Ci;

/// <summary>The process environment, injected so CI detection and option binding are testable.</summary>
public interface IEnvironmentVariables
{
    /// <summary>The value, or null when unset. Empty values are returned as empty strings.</summary>
    string? Get(string name);

    /// <summary>Every variable, for prefix scans such as <c>CML_COMMENT_*</c>.</summary>
    IReadOnlyDictionary<string, string> All();
}
