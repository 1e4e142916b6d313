namespace ContinuousMl.Ci;

/// <summary>
/// Token inference as CML does it: an explicit value (the <c>--token</c> flag, or its <c>CML_*_TOKEN</c>
/// variable bound by the CLI), else <c>CML_TOKEN</c>, else the first non-empty of <see cref="InferredVariables"/>.
/// </summary>
public static class TokenResolver
{
    /// <summary>The global option variable; CML fans it out to every command's <c>--token</c>.</summary>
    public const string CmlTokenVariable = "CML_TOKEN";

    /// <summary>CML's <c>inferToken()</c> order.</summary>
    public static readonly IReadOnlyList<string> InferredVariables =
        ["REPO_TOKEN", "repo_token", "GITHUB_TOKEN", "GITLAB_TOKEN", "BITBUCKET_TOKEN"];

    /// <summary>
    /// The token to use, or null when there is none. Values are trimmed (a pasted secret often ends in a newline);
    /// whitespace-only values count as unset.
    /// </summary>
    /// <param name="environment">Where the inferred variables are read.</param>
    /// <param name="explicitToken">The bound option value, when given; it wins.</param>
    /// <param name="explicitSource">How the explicit value is named in logs.</param>
    public static ResolvedToken? Resolve(IEnvironmentVariables environment, string? explicitToken = null, string explicitSource = "--token")
    {
        ArgumentNullException.ThrowIfNull(environment);
        if (Clean(explicitToken) is { } given)
        {
            return new ResolvedToken(given, explicitSource);
        }

        if (Clean(environment.Get(CmlTokenVariable)) is { } cml)
        {
            return new ResolvedToken(cml, CmlTokenVariable);
        }

        foreach (var name in InferredVariables)
        {
            if (Clean(environment.Get(name)) is { } value)
            {
                return new ResolvedToken(value, name);
            }
        }

        return null;
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
