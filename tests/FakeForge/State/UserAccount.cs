namespace FakeForge.State;

/// <summary>A GitHub account: <paramref name="Type"/> is <c>User</c>, <c>Bot</c> or <c>Organization</c>.</summary>
internal sealed record UserAccount(long Id, string Login, string Type);
