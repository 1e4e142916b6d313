namespace ContinuousMl.GitLab.Models;

/// <summary>The body of a commit comment create: GitLab calls the text <c>note</c> here, not <c>body</c>.</summary>
internal sealed record GitLabCommitCommentRequest(string Note);
