namespace ContinuousMl.GitLab.Models;

/// <summary>The body of <c>PUT /projects/:id/merge_requests/:iid/merge</c>, as CML sends it.</summary>
internal sealed record GitLabMergeOptions(bool MergeWhenPipelineSucceeds, bool Squash);
