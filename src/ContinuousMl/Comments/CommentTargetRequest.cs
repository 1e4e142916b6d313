namespace ContinuousMl.Comments;

/// <summary>The options that choose a comment's target, as the user gave them.</summary>
/// <param name="Target"><c>--target</c>: <c>auto</c>, <c>pr</c>, <c>commit</c>, <c>pr/N</c>, <c>commit/SHA</c>, <c>issue/N</c>.</param>
/// <param name="CommitSha">The deprecated <c>--commit-sha</c>/<c>--head-sha</c>.</param>
/// <param name="PullRequest">The deprecated <c>--pr</c>.</param>
public sealed record CommentTargetRequest(string? Target, string? CommitSha = null, bool PullRequest = false);
