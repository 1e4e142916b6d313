namespace FakeForge.State;

/// <summary>What makes an issue a pull request: its head and base.</summary>
internal sealed record PullRequestDetails(string HeadRef, string HeadSha, RepositoryIdentity HeadRepository, string BaseRef, string BaseSha);
