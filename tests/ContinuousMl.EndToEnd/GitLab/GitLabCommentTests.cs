using System.Text.RegularExpressions;

namespace ContinuousMl.EndToEnd.GitLab;

// `cml comment create/update` end to end on GitLab: the real entry point, GitLab CI's variables, FakeForge over HTTP.
public class GitLabCommentTests
{
    private const long Mr = GitLabCiJob.MergeRequest;
    private const string NotesSuffix = "/merge_requests/7/notes";

    [Fact]
    public async Task Creates_one_note_with_the_text_and_a_reachable_image()
    {
        await using var job = await GitLabCiJob.StartAsync();

        // No --driver: GitLab is inferred from CI_PROJECT_URL, as CML does for a self-hosted host.
        var result = await job.RunAsync("comment", "create", "report.md");

        Assert.True(result.ExitCode == 0, result.ToString());
        var note = Assert.Single(job.Notes());
        Assert.Equal($"{job.ProjectUrl}/-/merge_requests/{Mr}#note_{note.Id}", result.Stdout.Trim());
        Assert.Equal(GitLabCiJob.BotUser, note.AuthorUsername);

        var image = Regex.Match(note.Body, @"!\[loss curve\]\((?<url>[^)]+)\)").Groups["url"].Value;
        Assert.Matches("^/uploads/[0-9a-f]{32}/[0-9a-f]{64}\\.png$", image);
        using var browser = new HttpClient();
        Assert.Equal(await File.ReadAllBytesAsync(Path.Combine(job.Workspace.Root, "plot.png")), await browser.GetByteArrayAsync(job.ProjectUrl + image));

        Assert.Equal(GitLabCiJob.Report.Replace("./plot.png", image, StringComparison.Ordinal) + "\n\n" + job.Watermark, note.Body);

        // CI_API_V4_URL is the base: nothing is probed, and only the token in REPO_TOKEN is used.
        Assert.Equal(0, job.Requests("GET", "/version"));
        Assert.DoesNotContain(GitLabCiJob.Token, result.Stdout + result.Stderr);
    }

    [Fact]
    public async Task Update_edits_the_same_note()
    {
        await using var job = await GitLabCiJob.StartAsync();
        var first = await job.RunAsync("comment", "create", "report.md");
        job.Workspace.Write("report.md", "# Results\n\naccuracy went up\n");

        var second = await job.RunAsync("comment", "update", "report.md");
        var third = await job.RunAsync("comment", "create", "--update", "report.md");

        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.True(third.ExitCode == 0, third.ToString());
        var note = Assert.Single(job.Notes());
        Assert.Equal("# Results\n\naccuracy went up\n\n\n" + job.Watermark, note.Body);
        Assert.Equal(first.Stdout, second.Stdout);
        Assert.Equal(first.Stdout, third.Stdout);
        Assert.Equal(2, job.Requests("PUT", $"{NotesSuffix}/{note.Id}"));
    }

    [Fact]
    public async Task Create_without_update_adds_a_second_note()
    {
        await using var job = await GitLabCiJob.StartAsync();

        await job.RunAsync("comment", "create", "report.md", "--no-publish");
        var second = await job.RunAsync("comment", "create", "report.md", "--no-publish");

        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.Equal(2, job.Notes().Count);
    }

    [Fact]
    public async Task Update_finds_our_note_above_250_others_in_one_request()
    {
        await using var job = await GitLabCiJob.StartAsync();
        for (var i = 0; i < 250; i++)
        {
            job.State.SeedMergeRequestNote(job.ProjectPath, Mr, $"review comment {i}", "reviewer");
        }

        var ours = job.State.SeedMergeRequestNote(job.ProjectPath, Mr, "old\n\n" + job.Watermark, GitLabCiJob.BotUser);
        job.State.SeedMergeRequestNote(job.ProjectPath, Mr, "added 1 commit", "reviewer", system: true);
        job.State.ClearRequests();

        var result = await job.RunAsync("comment", "update", "report.md", "--no-publish");

        Assert.True(result.ExitCode == 0, result.ToString());
        var notes = job.Notes();
        Assert.Equal(252, notes.Count);
        Assert.StartsWith("# Results", notes.Single(n => n.Id == ours.Id).Body);
        Assert.Equal(1, job.Requests("GET", NotesSuffix));
    }

    [Fact]
    public async Task Update_finds_our_note_behind_250_newer_ones_reading_three_pages()
    {
        await using var job = await GitLabCiJob.StartAsync();
        var ours = job.State.SeedMergeRequestNote(job.ProjectPath, Mr, "old\n\n" + job.Watermark, GitLabCiJob.BotUser);
        for (var i = 0; i < 250; i++)
        {
            job.State.SeedMergeRequestNote(job.ProjectPath, Mr, $"review comment {i}", "reviewer");
        }

        job.State.ClearRequests();

        var result = await job.RunAsync("comment", "update", "report.md", "--no-publish");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(251, job.Notes().Count);
        Assert.StartsWith("# Results", job.Notes().Single(n => n.Id == ours.Id).Body);
        Assert.Equal(3, job.Requests("GET", NotesSuffix));
    }

    [Fact]
    public async Task Update_edits_our_note_not_a_reviewers_quote_of_it()
    {
        await using var job = await GitLabCiJob.StartAsync();
        var ours = job.State.SeedMergeRequestNote(job.ProjectPath, Mr, "old\n\n" + job.Watermark, GitLabCiJob.BotUser);
        var quote = job.State.SeedMergeRequestNote(job.ProjectPath, Mr, "> old\n> " + job.Watermark + "\n\nwhy?", "reviewer");

        var result = await job.RunAsync("comment", "update", "report.md", "--no-publish");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.StartsWith("# Results", job.Notes().Single(n => n.Id == ours.Id).Body);
        Assert.StartsWith("> old", job.Notes().Single(n => n.Id == quote.Id).Body);
    }

    [Fact]
    public async Task Self_hosted_gitlab_under_a_sub_path_is_discovered_without_CI_API_V4_URL()
    {
        await using var job = await GitLabCiJob.StartAsync(pathPrefix: "/gitlab", projectPath: "group/sub/project");
        job.Environment.Remove("CI_API_V4_URL");

        var result = await job.RunAsync("comment", "create", "report.md");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.EndsWith("/gitlab/group/sub/project", job.ProjectUrl);
        var note = Assert.Single(job.Notes());
        Assert.Equal($"{job.ProjectUrl}/-/merge_requests/{Mr}#note_{note.Id}", result.Stdout.Trim());
        Assert.Contains(job.State.Requests, r => r.Path == "/gitlab/api/v4/version");
        Assert.Contains(job.State.Requests, r => r.Path == "/api/v4/version");
        Assert.Contains(job.State.Requests, r => r.Method == "POST" && r.Path == "/gitlab/api/v4/projects/group%2Fsub%2Fproject/merge_requests/7/notes");

        var image = Regex.Match(note.Body, @"!\[loss curve\]\((?<url>[^)]+)\)").Groups["url"].Value;
        using var browser = new HttpClient();
        Assert.Equal(await File.ReadAllBytesAsync(Path.Combine(job.Workspace.Root, "plot.png")), await browser.GetByteArrayAsync(job.ProjectUrl + image));
    }

    [Fact]
    public async Task A_local_run_with_repo_and_driver_reaches_a_sub_path_gitlab()
    {
        await using var job = await GitLabCiJob.StartAsync(pathPrefix: "/gitlab", projectPath: "group/sub/project");
        job.Environment.Clear();
        job.Environment["REPO_TOKEN"] = GitLabCiJob.Token;

        var result = await job.RunAsync(
            "comment", "create", "report.md", "--no-publish", "--driver", "gitlab", "--repo", job.ProjectUrl, "--target", $"pr/{Mr}");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Single(job.Notes());
    }

    [Fact]
    public async Task Without_CI_PROJECT_URL_the_driver_must_be_given()
    {
        await using var job = await GitLabCiJob.StartAsync();
        job.Environment.Remove("CI_PROJECT_URL");

        var guessed = await job.RunAsync("comment", "create", "report.md", "--no-publish");
        var told = await job.RunAsync("comment", "create", "report.md", "--no-publish", "--driver", "gitlab");

        Assert.Equal(1, guessed.ExitCode);
        Assert.Contains("--driver github|gitlab|bitbucket", guessed.Stderr);
        Assert.True(told.ExitCode == 0, told.ToString());
        Assert.Single(job.Notes());
    }

    [Fact]
    public async Task A_branch_pipeline_finds_the_merge_request_of_the_commit()
    {
        await using var job = await GitLabCiJob.StartAsync(mergeRequestPipeline: false);

        var result = await job.RunAsync("comment", "create", "report.md", "--no-publish");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Single(job.Notes());
        Assert.Equal(1, job.Requests("GET", $"/repository/commits/{job.HeadSha}/merge_requests"));
    }

    [Fact]
    public async Task Issue_target_comments_on_the_issue()
    {
        await using var job = await GitLabCiJob.StartAsync();
        job.State.AddIssue(job.ProjectPath, 12);

        var result = await job.RunAsync("comment", "create", "report.md", "--target", "issue/12", "--no-publish");

        Assert.True(result.ExitCode == 0, result.ToString());
        var note = Assert.Single(job.State.IssueNotes(job.ProjectPath, 12));
        Assert.Equal($"{job.ProjectUrl}/-/issues/12#note_{note.Id}", result.Stdout.Trim());
        Assert.Empty(job.Notes());
    }

    [Fact]
    public async Task Commit_target_comments_on_the_head_commit_and_an_update_posts_a_new_comment()
    {
        await using var job = await GitLabCiJob.StartAsync();

        var created = await job.RunAsync("comment", "create", "report.md", "--target", "commit", "--no-publish");
        var updated = await job.RunAsync("comment", "update", "report.md", "--target", "commit", "--no-publish");

        Assert.True(created.ExitCode == 0, created.ToString());
        Assert.True(updated.ExitCode == 0, updated.ToString());
        Assert.Equal($"{job.ProjectUrl}/-/commit/{job.HeadSha}", created.Stdout.Trim());
        Assert.Equal(created.Stdout, updated.Stdout);
        Assert.Contains("GitLab cannot edit commit comments", updated.Stderr);
        var comments = job.State.CommitComments(job.ProjectPath, job.HeadSha);
        Assert.Equal(2, comments.Count);
        Assert.All(comments, c => Assert.EndsWith(job.Watermark, c.Note));
        Assert.Empty(job.Notes());
    }
}
