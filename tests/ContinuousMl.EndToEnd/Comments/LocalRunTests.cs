using ContinuousMl.EndToEnd.Infrastructure;

namespace ContinuousMl.EndToEnd.Comments;

// Outside CI (a laptop, another CI): the commit is git's HEAD and the repository is the origin remote.
public class LocalRunTests
{
    private const string Owner = GitHubActionsJob.Owner;
    private const string Name = GitHubActionsJob.Name;

    [Fact]
    public async Task Posts_to_a_GitHub_Enterprise_style_host_from_the_origin_remote()
    {
        await using var job = await GitHubActionsJob.StartAsync(eventName: "push");
        var token = job.Environment["REPO_TOKEN"];
        job.Environment.Clear();
        job.Environment["GITHUB_TOKEN"] = token;

        // The origin is http://127.0.0.1:<port>/acme/model.git: any host but github.com is Enterprise, API at /api/v3.
        var result = await job.RunAsync("comment", "create", "report.md", "--driver", "github", "--target", "commit");

        Assert.True(result.ExitCode == 0, result.ToString());
        var comment = Assert.Single(job.State.CommitComments(Owner, Name, job.HeadSha));
        Assert.EndsWith($"![](https://cml.dev/watermark.png#{job.HeadSha} \"CML watermark\")", comment.Body);
        Assert.Contains($"]({job.Server}/{Owner}/{Name}/blob/", comment.Body);
        // REST under /api/v3, and GraphQL (the assets branch read) at Enterprise's /api/graphql.
        Assert.All(job.State.Requests, r => Assert.True(r.PathAndQuery.StartsWith("/api/v3/", StringComparison.Ordinal) || r.PathAndQuery == "/api/graphql", r.PathAndQuery));
        Assert.Contains(job.State.Requests, r => r.PathAndQuery == "/api/graphql");
    }

    [Fact]
    public async Task Commit_revisions_are_resolved_by_git()
    {
        await using var job = await GitHubActionsJob.StartAsync(eventName: "push");

        var result = await job.RunAsync("comment", "create", "report.md", "--target", "commit/HEAD", "--no-publish");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Single(job.State.CommitComments(Owner, Name, job.HeadSha));
    }
}
