namespace ContinuousMl.Git;

/// <summary>Who commits: git's <c>user.name</c> and <c>user.email</c>; either may be unknown.</summary>
public sealed record GitIdentity(string? Name, string? Email);
