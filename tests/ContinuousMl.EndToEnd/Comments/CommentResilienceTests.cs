using ContinuousMl.EndToEnd.Infrastructure;
using FakeForge;

namespace ContinuousMl.EndToEnd.Comments;

// Faults on the wire: the comment arrives once, or the command says clearly why not.
public class CommentResilienceTests
{
    private const string Owner = GitHubActionsJob.Owner;
    private const string Name = GitHubActionsJob.Name;
    private const int Pr = GitHubActionsJob.PullRequest;
    private static readonly string CommentsPath = $"^/repos/{Owner}/{Name}/issues/{Pr}/comments$";

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_502_on_create_leaves_exactly_one_comment(bool serverCreatedItAnyway)
    {
        await using var job = await GitHubActionsJob.StartAsync();
        job.State.AddFault(new Fault("POST", CommentsPath, 502, AfterHandling: serverCreatedItAnyway));

        var result = await job.RunAsync("comment", "create", "report.md");

        Assert.True(result.ExitCode == 0, result.ToString());
        var comment = Assert.Single(job.State.IssueComments(Owner, Name, Pr));
        Assert.Equal(comment.HtmlUrl, result.Stdout.Trim());
        Assert.Contains("looking for it before trying again", result.Stderr);
    }

    [Fact]
    public async Task A_secondary_rate_limit_is_waited_out()
    {
        await using var job = await GitHubActionsJob.StartAsync();
        job.State.AddFault(new Fault(
            "POST",
            CommentsPath,
            403,
            Headers: new Dictionary<string, string> { ["Retry-After"] = "1" },
            Body: "{\"message\":\"You have exceeded a secondary rate limit. Please wait a few minutes before you try again.\"}"));

        var result = await job.RunAsync("comment", "create", "report.md");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Single(job.State.IssueComments(Owner, Name, Pr));
        Assert.Equal(2, job.State.Requests.Count(r => r.Method == "POST" && r.Path == $"/repos/{Owner}/{Name}/issues/{Pr}/comments"));
        Assert.Contains("answered 403; retrying in 1 s", result.Stderr);
    }

    [Fact]
    public async Task A_429_on_reads_is_retried_after_the_reset_time()
    {
        await using var job = await GitHubActionsJob.StartAsync();
        var reset = DateTimeOffset.UtcNow.AddSeconds(1).ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        job.State.AddFault(new Fault(
            "GET",
            "/git/refs/heads/cml-assets$",
            429,
            Headers: new Dictionary<string, string> { ["X-RateLimit-Remaining"] = "0", ["X-RateLimit-Reset"] = reset }));

        var result = await job.RunAsync("comment", "create", "report.md");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Single(job.State.IssueComments(Owner, Name, Pr));
    }

    [Fact]
    public async Task A_rate_limit_longer_than_five_minutes_ends_the_command_and_keeps_the_report()
    {
        await using var job = await GitHubActionsJob.StartAsync();
        var reset = DateTimeOffset.UtcNow.AddHours(1).ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        job.State.AddFault(new Fault(
            "POST",
            CommentsPath,
            403,
            Times: 10,
            Headers: new Dictionary<string, string> { ["X-RateLimit-Remaining"] = "0", ["X-RateLimit-Reset"] = reset },
            Body: "{\"message\":\"API rate limit exceeded\"}"));

        var result = await job.RunAsync("comment", "create", "report.md");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("rate limit", result.Stderr);
        Assert.Contains("longer than the 5-minute bound", result.Stderr);
        Assert.Empty(job.State.IssueComments(Owner, Name, Pr));
        var kept = await File.ReadAllTextAsync(Path.Combine(job.Workspace.Root, ".cml", "comment.md"));
        Assert.StartsWith("# Results", kept);
        Assert.Contains(".cml/comment.md", result.Stderr);
    }

    [Fact]
    public async Task Server_errors_on_reads_are_retried()
    {
        await using var job = await GitHubActionsJob.StartAsync();
        // The assets branch is read with a GraphQL query: a POST, but a read, so it is repeated.
        job.State.AddFault(new Fault("POST", "^/graphql$", 503, Times: 2));

        var result = await job.RunAsync("comment", "create", "report.md");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Single(job.State.IssueComments(Owner, Name, Pr));
        Assert.Equal(3, job.State.Requests.Count(r => r.Method == "POST" && r.Path == "/graphql"));
    }

    [Fact]
    public async Task A_dropped_connection_on_a_read_is_retried()
    {
        await using var job = await GitHubActionsJob.StartAsync();
        job.State.AddFault(new Fault("GET", "/git/refs/heads/cml-assets$", 0));

        var result = await job.RunAsync("comment", "create", "report.md");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Single(job.State.IssueComments(Owner, Name, Pr));
    }
}
