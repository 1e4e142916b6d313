namespace ContinuousMl.Forges;

/// <summary>The runner about to register.</summary>
/// <param name="Name">Its unique name.</param>
/// <param name="Labels">Its labels (GitLab tags), as <c>--labels</c> lists them.</param>
/// <param name="Single">It takes one job and leaves (GitHub's ephemeral runner).</param>
public sealed record RunnerRegistrationRequest(string Name, IReadOnlyList<string> Labels, bool Single);
