using System.Text.RegularExpressions;
using ContinuousMl.EndToEnd.Infrastructure;
using FakeForge;

namespace ContinuousMl.EndToEnd.Comments;

// `cml comment create/update` end to end: the real entry point, a GitHub Actions environment, FakeForge over HTTP.
public class CommentCreateTests
{
    private const string Owner = GitHubActionsJob.Owner;
    private const string Name = GitHubActionsJob.Name;
    private const int Pr = GitHubActionsJob.PullRequest;

    [Fact]
    public async Task Creates_one_comment_with_the_text_and_a_reachable_image()
    {
        await using var job = await GitHubActionsJob.StartAsync();

        var result = await job.RunAsync("comment", "create", "report.md");

        Assert.True(result.ExitCode == 0, result.ToString());
        var comment = Assert.Single(job.State.IssueComments(Owner, Name, Pr));
        Assert.Equal(comment.HtmlUrl, result.Stdout.Trim());

        var image = Regex.Match(comment.Body, @"!\[loss curve\]\((?<url>[^)]+)\)").Groups["url"].Value;
        Assert.StartsWith($"{job.Server}/{Owner}/{Name}/blob/", image);
        Assert.EndsWith("?raw=true", image);
        using var http = new HttpClient();
        Assert.Equal(await File.ReadAllBytesAsync(Path.Combine(job.Workspace.Root, "plot.png")), await http.GetByteArrayAsync(image));

        // Only the URL changed; the watermark names the PR head, not the merge commit.
        var expected = GitHubActionsJob.Report.Replace("./plot.png", image, StringComparison.Ordinal)
            + $"\n\n![](https://cml.dev/watermark.png#{job.HeadSha} \"CML watermark\")";
        Assert.Equal(expected, comment.Body);
    }

    [Fact]
    public async Task Update_edits_the_same_comment()
    {
        await using var job = await GitHubActionsJob.StartAsync();
        var first = await job.RunAsync("comment", "create", "report.md");
        job.Workspace.Write("report.md", "# Results\n\naccuracy went up\n");

        var second = await job.RunAsync("comment", "update", "report.md");
        var third = await job.RunAsync("comment", "create", "--update", "report.md");

        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.True(third.ExitCode == 0, third.ToString());
        var comment = Assert.Single(job.State.IssueComments(Owner, Name, Pr));
        Assert.StartsWith("# Results\n\naccuracy went up\n", comment.Body);
        Assert.Equal(first.Stdout, second.Stdout);
        Assert.Equal(first.Stdout, third.Stdout);
    }

    [Fact]
    public async Task Create_without_update_adds_a_second_comment()
    {
        await using var job = await GitHubActionsJob.StartAsync();

        await job.RunAsync("comment", "create", "report.md");
        var second = await job.RunAsync("comment", "create", "report.md");

        Assert.Equal(0, second.ExitCode);
        Assert.Equal(2, job.State.IssueComments(Owner, Name, Pr).Count);
    }

    [Fact]
    public async Task Update_finds_our_comment_behind_250_others_reading_few_pages()
    {
        await using var job = await GitHubActionsJob.StartAsync();
        var ours = job.State.SeedIssueComment(Owner, Name, Pr, $"old\n\n![](https://cml.dev/watermark.png#{job.HeadSha} \"CML watermark\")", "octo-user");
        for (var i = 0; i < 250; i++)
        {
            job.State.SeedIssueComment(Owner, Name, Pr, $"review comment {i}", "reviewer");
        }

        job.State.ClearRequests();

        var result = await job.RunAsync("comment", "update", "report.md", "--no-publish");

        Assert.True(result.ExitCode == 0, result.ToString());
        var comments = job.State.IssueComments(Owner, Name, Pr);
        Assert.Equal(251, comments.Count);
        Assert.StartsWith("# Results", comments.Single(c => c.Id == ours.Id).Body);
        // First page (for rel="last"), the last page, then back to the middle; page 1 is not read twice.
        var listings = job.State.Requests.Count(r => r.Method == "GET" && r.Path == $"/repos/{Owner}/{Name}/issues/{Pr}/comments");
        Assert.Equal(3, listings);
    }

    [Fact]
    public async Task Update_finds_the_newest_match_on_the_last_page_in_two_requests()
    {
        await using var job = await GitHubActionsJob.StartAsync();
        for (var i = 0; i < 150; i++)
        {
            job.State.SeedIssueComment(Owner, Name, Pr, $"review comment {i}", "reviewer");
        }

        var older = job.State.SeedIssueComment(Owner, Name, Pr, "older\n\n![](https://cml.dev/watermark.png#abc \"CML watermark\")", "octo-user");
        var newest = job.State.SeedIssueComment(Owner, Name, Pr, "newest\n\n![](https://cml.dev/watermark.png#abc \"CML watermark\")", "octo-user");
        job.State.ClearRequests();

        var result = await job.RunAsync("comment", "update", "report.md", "--no-publish");

        Assert.True(result.ExitCode == 0, result.ToString());
        var comments = job.State.IssueComments(Owner, Name, Pr);
        Assert.StartsWith("# Results", comments.Single(c => c.Id == newest.Id).Body);
        Assert.StartsWith("older", comments.Single(c => c.Id == older.Id).Body);
        Assert.Equal(2, job.State.Requests.Count(r => r.Method == "GET" && r.Path == $"/repos/{Owner}/{Name}/issues/{Pr}/comments"));
    }

    [Fact]
    public async Task Update_edits_a_comment_that_CML_made()
    {
        await using var job = await GitHubActionsJob.StartAsync();
        const string actionsToken = "ghs_actionsInstallationToken0123";
        job.State.AddToken(actionsToken, "github-actions[bot]", isInstallationToken: true);
        job.Environment.Remove("REPO_TOKEN");
        job.Environment["GITHUB_TOKEN"] = actionsToken;
        // What CML 0.20.6 posts: remark's re-serialised report, a blank line, its watermark image.
        var cml = job.State.SeedIssueComment(Owner, Name, Pr,
            "# Old results\n\n*   accuracy 0.8\n\n![](https://cml.dev/watermark.png#0123456789abcdef0123456789abcdef01234567 \"CML watermark nightly\")",
            "github-actions[bot]");
        job.State.SeedIssueComment(Owner, Name, Pr, "unrelated", "reviewer");

        var result = await job.RunAsync("comment", "update", "report.md", "--watermark-title", "nightly");

        Assert.True(result.ExitCode == 0, result.ToString());
        var comments = job.State.IssueComments(Owner, Name, Pr);
        Assert.Equal(2, comments.Count);
        var updated = comments.Single(c => c.Id == cml.Id);
        Assert.StartsWith("# Results", updated.Body);
        Assert.EndsWith($"![](https://cml.dev/watermark.png#{job.HeadSha} \"CML watermark nightly\")", updated.Body);
    }

    [Fact]
    public async Task A_second_run_uploads_no_image_again()
    {
        await using var job = await GitHubActionsJob.StartAsync();

        var first = await job.RunAsync("comment", "create", "report.md");
        var second = await job.RunAsync("comment", "update", "report.md");

        Assert.Equal(0, first.ExitCode);
        Assert.Equal(0, second.ExitCode);
        Assert.Equal(1, job.State.Requests.Count(r => r.Method == "POST" && r.Path.EndsWith("/git/blobs", StringComparison.Ordinal)));
        var comment = Assert.Single(job.State.IssueComments(Owner, Name, Pr));
        Assert.Contains("/blob/", comment.Body);
    }

    [Fact]
    public async Task Commit_target_comments_on_the_head_commit()
    {
        await using var job = await GitHubActionsJob.StartAsync();

        var result = await job.RunAsync("comment", "create", "report.md", "--target", "commit");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Single(job.State.CommitComments(Owner, Name, job.HeadSha));
        Assert.Empty(job.State.IssueComments(Owner, Name, Pr));
    }

    [Fact]
    public async Task Auto_target_outside_a_pull_request_event_finds_the_pr_of_the_commit()
    {
        await using var job = await GitHubActionsJob.StartAsync(eventName: "push");
        job.State.AddPullRequest(Owner, Name, 9, job.HeadSha);

        var result = await job.RunAsync("comment", "create", "report.md", "--no-publish");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Single(job.State.IssueComments(Owner, Name, 9));
    }

    [Fact]
    public async Task Issue_target_comments_on_the_issue()
    {
        await using var job = await GitHubActionsJob.StartAsync();
        job.State.AddIssue(Owner, Name, 12);

        var result = await job.RunAsync("comment", "create", "report.md", "--target", "issue/12", "--no-publish");

        Assert.True(result.ExitCode == 0, result.ToString());
        var comment = Assert.Single(job.State.IssueComments(Owner, Name, 12));
        Assert.StartsWith(GitHubActionsJob.Report, comment.Body);
    }

    [Fact]
    public async Task Publish_url_uploads_to_the_teams_own_asset_server()
    {
        await using var job = await GitHubActionsJob.StartAsync();

        var result = await job.RunAsync("comment", "create", "report.md", "--publish-url", $"{job.Server}/_assets/upload");

        Assert.True(result.ExitCode == 0, result.ToString());
        var upload = Assert.Single(job.State.Uploads);
        Assert.Equal("image/png", upload.ContentType);
        var comment = Assert.Single(job.State.IssueComments(Owner, Name, Pr));
        Assert.Contains($"]({upload.Url}?cml=png&cache-bypass=", comment.Body);
        Assert.DoesNotContain(job.State.Requests, r => r.Path.Contains("/git/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Legacy_send_comment_works_with_a_deprecation_warning()
    {
        await using var job = await GitHubActionsJob.StartAsync();

        var result = await job.RunAsync("send-comment", "report.md");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("::warning::\"cml send-comment\" is deprecated, please use \"cml comment create\"", result.Stderr);
        Assert.Single(job.State.IssueComments(Owner, Name, Pr));
    }

    [Fact]
    public async Task Options_bind_from_CML_COMMENT_variables_and_unknown_ones_only_warn()
    {
        await using var job = await GitHubActionsJob.StartAsync();
        job.Environment["CML_COMMENT_WATERMARK_TITLE"] = "run-{run}";
        job.Environment["CML_COMMENT_PUBLISH"] = "false";
        job.Environment["CML_COMMENT_FOO_BAR"] = "1";

        var result = await job.RunAsync("comment", "create", "report.md");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("CML_COMMENT_FOO_BAR", result.Stderr);
        var comment = Assert.Single(job.State.IssueComments(Owner, Name, Pr));
        Assert.Contains("](./plot.png)", comment.Body);
        Assert.EndsWith("\"CML watermark run-4242\")", comment.Body);
    }

    [Fact]
    public async Task Dry_run_renders_without_token_or_network()
    {
        await using var job = await GitHubActionsJob.StartAsync();
        job.Environment.Remove("REPO_TOKEN");

        var result = await job.RunAsync("comment", "create", "report.md", "--dry-run");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(GitHubActionsJob.Report + $"\n\n![](https://cml.dev/watermark.png#{job.HeadSha} \"CML watermark\")\n", result.Stdout);
        Assert.Empty(job.State.Requests);
    }

    [Fact]
    public async Task A_report_over_the_limit_is_shortened_so_GitHub_accepts_it()
    {
        await using var job = await GitHubActionsJob.StartAsync();
        var rows = string.Concat(Enumerable.Range(0, 4_000).Select(i => $"| {i} | 0.{i:D6} |\n"));
        job.Workspace.Write("report.md", "# Results\n\n| step | loss |\n|---|---|\n" + rows);

        var result = await job.RunAsync("comment", "create", "report.md");

        Assert.True(result.ExitCode == 0, result.ToString());
        var comment = Assert.Single(job.State.IssueComments(Owner, Name, Pr));
        Assert.True(comment.Body.Length <= 65_536, $"{comment.Body.Length} characters");
        Assert.Contains("shortened to fit the comment size limit", comment.Body);
        Assert.Contains($"{job.Server}/{Owner}/{Name}/actions/runs/4242", comment.Body);
        Assert.EndsWith($"![](https://cml.dev/watermark.png#{job.HeadSha} \"CML watermark\")", comment.Body);
        Assert.Contains("shortened", result.Stderr);
    }
}
