using ContinuousMl.EndToEnd.Infrastructure;

namespace ContinuousMl.EndToEnd.Comments;

public class CommentWatchTests
{
    private const string Owner = GitHubActionsJob.Owner;
    private const string Name = GitHubActionsJob.Name;
    private const int Pr = GitHubActionsJob.PullRequest;

    [Fact]
    public async Task Watch_posts_on_each_trigger_then_updates_the_same_comment()
    {
        await using var job = await GitHubActionsJob.StartAsync();
        using var cml = job.Start("comment", "create", "report.md", "--watch", "--trigger-file", "post.trigger", "--no-publish");
        await cml.WaitUntilAsync(() => cml.Stderr.Contains("watching for file changes", StringComparison.Ordinal), TimeSpan.FromSeconds(30), "the watcher start");
        Assert.Empty(job.State.IssueComments(Owner, Name, Pr));

        job.Workspace.Write("post.trigger", "1");
        await cml.WaitUntilAsync(() => job.State.IssueComments(Owner, Name, Pr).Count == 1, TimeSpan.FromSeconds(30), "the first post");
        await cml.WaitUntilAsync(() => !File.Exists(Path.Combine(job.Workspace.Root, "post.trigger")), TimeSpan.FromSeconds(10), "the trigger file's removal");

        job.Workspace.Write("report.md", "# Results\n\nepoch 2\n");
        job.Workspace.Write("post.trigger", "2");
        await cml.WaitUntilAsync(
            () => job.State.IssueComments(Owner, Name, Pr).Single().Body.Contains("epoch 2", StringComparison.Ordinal),
            TimeSpan.FromSeconds(30),
            "the update");

        Assert.Single(job.State.IssueComments(Owner, Name, Pr));
    }
}
