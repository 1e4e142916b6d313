namespace ContinuousMl.Cli.Commands;

/// <summary>The options of <c>repo prepare</c> / <c>ci</c>.</summary>
/// <param name="FetchDepth">Commits to fetch; 0 or less unshallows; null fetches nothing.</param>
/// <param name="UserName">The committer's name; null for the forge's CI default.</param>
/// <param name="UserEmail">The committer's email; null for the forge's CI default.</param>
public sealed record RepoPrepareSettings(int? FetchDepth, string? UserName, string? UserEmail);
