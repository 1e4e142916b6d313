namespace ContinuousMl.Forges;

/// <summary>A check to attach to a commit, as <c>cml check create</c> describes it.</summary>
/// <param name="Sha">The full commit sha the check is about.</param>
/// <param name="Title">The check's name (CML's <c>--title</c>); a re-run with the same title replaces it where the forge can.</param>
/// <param name="Status">Queued, in progress or completed.</param>
/// <param name="Conclusion">How it ended; only meaningful when <paramref name="Status"/> is completed.</param>
/// <param name="Report">The report, already fitted to <see cref="CheckReportLimits.MaxCharacters"/> and with published URLs.</param>
/// <param name="DetailsUrl">Where a reader finds more (the CI job), when known.</param>
public sealed record CheckRunRequest(string Sha, string Title, CheckStatus Status, CheckConclusion Conclusion, string Report, string? DetailsUrl);
