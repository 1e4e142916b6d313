namespace FakeForge.GitLab;

/// <summary>A token the fake accepts; <paramref name="ReadApiOnly"/> tokens get 403 insufficient_scope on writes.</summary>
internal sealed record GitLabAccessToken(string Token, GitLabAccount User, bool ReadApiOnly);
