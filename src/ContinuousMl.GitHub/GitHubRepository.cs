namespace ContinuousMl.GitHub;

/// <summary>The repository we post to, and the web base its links are built from.</summary>
/// <param name="Owner">The owner (user or organisation).</param>
/// <param name="Name">The repository name.</param>
/// <param name="ServerUrl">The web base, e.g. <c>https://github.com</c> or <c>https://ghe.corp.com</c>, no trailing slash.</param>
public sealed record GitHubRepository(string Owner, string Name, string ServerUrl)
{
    public override string ToString() => $"{Owner}/{Name}";
}
