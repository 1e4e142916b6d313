namespace ContinuousMl.GitLab.Models;

/// <summary>The body of a note create or update.</summary>
internal sealed record GitLabNoteRequest(string Body);
