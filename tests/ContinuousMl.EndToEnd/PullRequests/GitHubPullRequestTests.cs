using ContinuousMl.EndToEnd.Infrastructure;

namespace ContinuousMl.EndToEnd.PullRequests;

// `cml pr create` end to end on GitHub: a push to main in Actions, the real git against a bare remote on disk, the
// pull request API (REST and GraphQL) on FakeForge.
public class GitHubPullRequestTests
{
    private const string Owner = GitHubActionsJob.Owner;
    private const string Name = GitHubActionsJob.Name;

    [Fact]
    public async Task Commits_the_matching_files_on_a_new_branch_and_opens_a_pull_request()
    {
        await using var job = await GitHubActionsJob.StartAsync(eventName: "push");
        using var remote = BareRemote.For(job.Workspace, "main");
        var sha = job.HeadSha;
        job.Workspace.Write("models/weights.bin", "weights");
        job.Workspace.Write("models/deep/extra.bin", "extra");
        job.Workspace.Write("metrics.json", "{\"accuracy\": 0.93}");
        job.Workspace.Write("notes.txt", "not for the pull request");

        var result = await job.RunAsync("pr", "create", "models", "metrics.json", "--log", "debug");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal($"{job.Server}/{Owner}/{Name}/pull/1", result.Stdout.Trim());
        var branch = $"main-cml-pr-{sha[..8]}";
        Assert.Contains(branch, remote.Branches());
        Assert.Equal(
            $"Olivaw[bot] <olivaw@iterative.ai>\nCML PR for {sha[..8]} [skip ci]\n{sha}",
            remote.Git("log", "-1", "--format=%an <%ae>%n%s%n%P", branch).Trim());
        Assert.Equal(
            ["metrics.json", "models/deep/extra.bin", "models/weights.bin"],
            remote.Git("diff-tree", "--no-commit-id", "--name-only", "-r", branch).Split('\n', StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal));

        var pull = Assert.Single(job.State.OpenedPullRequests(Owner, Name));
        Assert.Equal($"CML PR for main {sha[..8]}", pull.Title);
        Assert.Equal($"\nAutomated commits for {job.Server}/{Owner}/{Name}/commit/{sha} created by CML.\n      ", pull.Body);
        Assert.Equal((branch, "main"), (pull.Head, pull.Base));
        Assert.Null(pull.AutoMergeMethod);

        // The untouched file stays behind, uncommitted; the committer was for this commit only.
        Assert.Equal("?? notes.txt", job.Workspace.Git("status", "--porcelain").Trim());
        Assert.Throws<InvalidOperationException>(() => job.Workspace.Git("config", "--local", "--get", "user.name"));
        AssertTokenNowhere(job, remote, result);
    }

    [Fact]
    public async Task A_rerun_of_the_same_commit_reuses_the_branch_and_its_open_pull_request()
    {
        await using var job = await GitHubActionsJob.StartAsync(eventName: "push");
        using var remote = BareRemote.For(job.Workspace, "main");
        var sha = job.HeadSha;
        job.Workspace.Write("metrics.json", "{\"accuracy\": 0.93}");
        var first = await job.RunAsync("pr", "create", "metrics.json");
        Assert.True(first.ExitCode == 0, first.ToString());
        var pushed = remote.Git("rev-parse", $"main-cml-pr-{sha[..8]}").Trim();

        // A new job on the same commit: a fresh checkout, the same outputs.
        job.Workspace.Git("checkout", "-q", "--detach", sha);
        job.Workspace.Write("metrics.json", "{\"accuracy\": 0.93}");
        var second = await job.RunAsync("pr", "create", "metrics.json");

        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.Equal(first.Stdout, second.Stdout);
        Assert.Contains($"Branch main-cml-pr-{sha[..8]} already exists", second.Stderr);
        Assert.Single(job.State.OpenedPullRequests(Owner, Name));
        Assert.Equal(pushed, remote.Git("rev-parse", $"main-cml-pr-{sha[..8]}").Trim());
        Assert.Equal(1, job.State.Requests.Count(r => r.Method == "POST" && r.Path == $"/repos/{Owner}/{Name}/pulls"));
    }

    [Fact]
    public async Task Nothing_changed_says_so_on_one_line_and_succeeds()
    {
        await using var job = await GitHubActionsJob.StartAsync(eventName: "push");
        using var remote = BareRemote.For(job.Workspace, "main");

        var result = await job.RunAsync("pr", "create", "models");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("Nothing to do: the working tree has no changes to commit; no pull request was created.", result.Stdout.Trim());
        Assert.DoesNotContain("undefined", result.Stdout);
        Assert.Equal(["main"], remote.Branches());
        Assert.Empty(job.State.OpenedPullRequests(Owner, Name));
    }

    [Fact]
    public async Task Changes_the_globs_do_not_name_leave_nothing_to_do()
    {
        await using var job = await GitHubActionsJob.StartAsync(eventName: "push");
        using var remote = BareRemote.For(job.Workspace, "main");
        job.Workspace.Write("notes.txt", "unrelated");

        var result = await job.RunAsync("pr", "create", "models/**", "*.csv");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("Nothing to do: no changed file matches models/** *.csv; no pull request was created.", result.Stdout.Trim());
        Assert.Equal(["main"], remote.Branches());
    }

    [Fact]
    public async Task The_pr_parent_form_with_md_prints_a_markdown_link_and_honours_its_options()
    {
        await using var job = await GitHubActionsJob.StartAsync(eventName: "push");
        using var remote = BareRemote.For(job.Workspace, "main");
        job.Workspace.Write("report.csv", "a,b\n1,2\n");
        job.Environment["CML_PR_MESSAGE"] = "Retrain the model";

        var result = await job.RunAsync("pr", "report.csv", "--md", "--branch", "retrained", "--title", "New model", "--body", "Better.");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal($"[CML's Pull Request]({job.Server}/{Owner}/{Name}/pull/1)", result.Stdout.Trim());
        var pull = Assert.Single(job.State.OpenedPullRequests(Owner, Name));
        Assert.Equal(("New model", "Better.", "retrained"), (pull.Title, pull.Body, pull.Head));
        // An explicit message gets no [skip ci] unless asked for.
        Assert.Equal("Retrain the model", remote.Git("log", "-1", "--format=%s", "retrained").Trim());
    }

    [Fact]
    public async Task Merge_enables_auto_merge_where_the_branch_is_protected()
    {
        await using var job = await GitHubActionsJob.StartAsync(eventName: "push");
        using var remote = BareRemote.For(job.Workspace, "main");
        job.State.AllowAutoMerge(Owner, Name);
        job.State.ProtectBranch(Owner, Name, "main");
        var sha = job.HeadSha;
        job.Workspace.Write("metrics.json", "{}");

        var result = await job.RunAsync("pr", "create", "metrics.json", "--auto-merge");

        Assert.True(result.ExitCode == 0, result.ToString());
        var pull = Assert.Single(job.State.OpenedPullRequests(Owner, Name));
        Assert.Equal("MERGE", pull.AutoMergeMethod);
        Assert.Null(pull.MergedWith);
        var graphQl = Assert.Single(job.State.Requests, r => r.Path == "/graphql");
        Assert.Contains("enablePullRequestAutoMerge", graphQl.Body);
        Assert.True(graphQl.HadAuthorization);
        // A commit that is to be merged must run CI, so no [skip ci].
        Assert.Equal($"CML PR for {sha[..8]}", remote.Git("log", "-1", "--format=%s", $"main-cml-pr-{sha[..8]}").Trim());
    }

    [Fact]
    public async Task Squash_merges_at_once_with_CMLs_advice_when_there_is_nothing_to_wait_for()
    {
        await using var job = await GitHubActionsJob.StartAsync(eventName: "push");
        using var remote = BareRemote.For(job.Workspace, "main");
        job.State.AllowAutoMerge(Owner, Name);
        job.Workspace.Write("metrics.json", "{}");

        var result = await job.RunAsync("pr", "create", "metrics.json", "--squash");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains(
            $"::warning::Failed to enable auto-merge: Set up branch protection and add \"required status checks\" for branch 'main': {job.Server}/{Owner}/{Name}/settings/branches. Trying to merge immediately...",
            result.Stderr);
        var pull = Assert.Single(job.State.OpenedPullRequests(Owner, Name));
        Assert.Equal("squash", pull.MergedWith);
        Assert.Equal($"{job.Server}/{Owner}/{Name}/pull/1", result.Stdout.Trim());
    }

    [Theory]
    [InlineData("--merge", "--rebase", "Arguments merge and rebase are mutually exclusive")]
    [InlineData("--squash", "--auto-merge", "Arguments merge and squash are mutually exclusive")]
    public async Task Two_merge_methods_are_a_usage_error_before_anything_happens(string first, string second, string message)
    {
        await using var job = await GitHubActionsJob.StartAsync(eventName: "push");
        using var remote = BareRemote.For(job.Workspace, "main");
        job.Workspace.Write("metrics.json", "{}");

        var result = await job.RunAsync("pr", "create", "metrics.json", first, second);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"cml: {message}", result.Stderr.Trim());
        Assert.Empty(job.State.Requests);
        Assert.Equal(["main"], remote.Branches());
    }

    [Fact]
    public async Task A_target_branch_missing_on_the_remote_fails_on_one_line()
    {
        await using var job = await GitHubActionsJob.StartAsync(eventName: "push");
        using var remote = BareRemote.For(job.Workspace, "main");
        job.Workspace.Write("metrics.json", "{}");

        var result = await job.RunAsync("pr", "create", "metrics.json", "--target-branch", "release");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("cml: --target-branch release: the target branch does not exist on origin", result.Stderr.Trim().Split('\n')[^1]);
        Assert.Equal(["main"], remote.Branches());
    }

    private static void AssertTokenNowhere(GitHubActionsJob job, BareRemote remote, CmlResult result)
    {
        Assert.DoesNotContain(GitHubActionsJob.Token, result.Stdout + result.Stderr);
        Assert.DoesNotContain(GitHubActionsJob.Token, File.ReadAllText(Path.Combine(job.Workspace.Root, ".git", "config")));
        Assert.DoesNotContain(GitHubActionsJob.Token, remote.Config());
    }
}
