namespace FakeForge.State;

/// <summary>
/// A token the fake accepts, and who acts with it. Installation tokens (Actions' <c>GITHUB_TOKEN</c>) act as a
/// bot and cannot call <c>GET /user</c>.
/// </summary>
internal sealed record AccessToken(string Token, UserAccount User, bool IsInstallation, bool ReadOnly);
