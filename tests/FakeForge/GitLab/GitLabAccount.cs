namespace FakeForge.GitLab;

/// <summary>A GitLab user; project access tokens act as a bot user of this shape too.</summary>
internal sealed record GitLabAccount(long Id, string Username, string Name);
