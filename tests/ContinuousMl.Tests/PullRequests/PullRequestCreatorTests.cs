using ContinuousMl.Ci;
using ContinuousMl.Errors;
using ContinuousMl.Git;
using ContinuousMl.PullRequests;
using ContinuousMl.Tests.Git;
using Microsoft.Extensions.Logging.Abstractions;

namespace ContinuousMl.Tests.PullRequests;

// The git sequence against a real repository and a bare remote on disk; the forge is in memory.
public sealed class PullRequestCreatorTests : IDisposable
{
    private static readonly RepositoryUrl Repository = RepositoryUrl.Parse("https://github.com/acme/model");

    // Given in every test: the machine's own git may have no identity.
    private static readonly GitIdentity Committer = new("Bot", "bot@example.com");

    private readonly TempGitRepository repository = TempGitRepository.WithCommits();
    private readonly TempGitRepository remote = TempGitRepository.Folder();
    private readonly RecordingPullRequests pullRequests = new();
    private readonly string sha;

    public PullRequestCreatorTests()
    {
        remote.Git("init", "-q", "--bare");
        repository.Git("remote", "add", "origin", remote.Path);
        repository.Git("push", "-q", "origin", "main");
        sha = repository.Git("rev-parse", "HEAD");
    }

    [Fact]
    public async Task Without_globs_it_opens_a_pull_request_from_HEAD_without_committing()
    {
        repository.Commit("already committed by the job");
        var head = repository.Git("rev-parse", "HEAD");
        File.WriteAllText(Path.Combine(repository.Path, "untracked.txt"), "left alone");

        var result = await Creator().CreateAsync(new PullRequestCreateOptions(), new PullRequestCreateContext(head, "main", Repository), CancellationToken.None);

        Assert.Equal(PullRequestCreateStatus.Created, result.Status);
        Assert.Equal(head, remote.Git("rev-parse", $"main-cml-pr-{head[..8]}"));
        var created = Assert.Single(pullRequests.Created);
        Assert.Equal(($"main-cml-pr-{head[..8]}", "main", false), (created.SourceBranch, created.TargetBranch, created.SkipCi));
        Assert.Equal("?? untracked.txt", repository.Git("status", "--porcelain"));
    }

    [Fact]
    public async Task Globs_are_relative_to_the_working_directory_and_names_are_taken_literally()
    {
        var directory = Path.Combine(repository.Path, "out");
        Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Combine(directory, "[weird] *.csv"), "a");
        File.WriteAllText(Path.Combine(directory, "other.txt"), "b");
        File.WriteAllText(Path.Combine(repository.Path, "top.csv"), "c");
        var git = new GitCli(directory);

        var result = await new PullRequestCreator(git, git, pullRequests, NullLogger.Instance).CreateAsync(
            new PullRequestCreateOptions { Globs = ["*.csv"], Committer = Committer },
            new PullRequestCreateContext(sha, "main", Repository),
            CancellationToken.None);

        Assert.Equal(PullRequestCreateStatus.Created, result.Status);
        var branch = $"main-cml-pr-{sha[..8]}";
        Assert.Equal("out/[weird] *.csv", remote.Git("diff-tree", "--no-commit-id", "--name-only", "-r", branch));
        Assert.Equal("Bot <bot@example.com>", remote.Git("log", "-1", "--format=%an <%ae>", branch));
    }

    [Fact]
    public async Task A_pushed_branch_without_an_open_pull_request_gets_one_without_a_second_push()
    {
        File.WriteAllText(Path.Combine(repository.Path, "m.json"), "{}");
        var options = new PullRequestCreateOptions { Globs = ["m.json"], Committer = Committer };
        var context = new PullRequestCreateContext(sha, "main", Repository);
        await Creator().CreateAsync(options, context, CancellationToken.None);
        var pushed = remote.Git("rev-parse", $"main-cml-pr-{sha[..8]}");
        pullRequests.Open.Clear();
        repository.Git("checkout", "-q", "--detach", sha);
        File.WriteAllText(Path.Combine(repository.Path, "m.json"), "{\"changed\": true}");

        var result = await Creator().CreateAsync(options, context, CancellationToken.None);

        Assert.Equal(PullRequestCreateStatus.Created, result.Status);
        Assert.Equal(2, pullRequests.Created.Count);
        Assert.Equal(pushed, remote.Git("rev-parse", $"main-cml-pr-{sha[..8]}"));
    }

    [Fact]
    public async Task Detached_HEAD_without_a_CI_branch_asks_for_the_target_branch()
    {
        repository.Git("checkout", "-q", "--detach");

        var error = await Assert.ThrowsAsync<CmlException>(() =>
            Creator().CreateAsync(new PullRequestCreateOptions(), new PullRequestCreateContext(sha, null, Repository), CancellationToken.None));

        Assert.Contains("pass --target-branch", error.Message);
        Assert.Empty(pullRequests.Created);
    }

    [Fact]
    public async Task An_existing_target_branch_is_used_as_given()
    {
        repository.Git("push", "-q", "origin", "main:release");
        File.WriteAllText(Path.Combine(repository.Path, "m.json"), "{}");

        await Creator().CreateAsync(
            new PullRequestCreateOptions { Globs = ["m.json"], TargetBranch = "release", Committer = Committer },
            new PullRequestCreateContext(sha, "main", Repository),
            CancellationToken.None);

        Assert.Equal("release", Assert.Single(pullRequests.Created).TargetBranch);
        Assert.Contains($"release-cml-pr-{sha[..8]}", remote.Git("branch", "--list"));
    }

    public void Dispose()
    {
        repository.Dispose();
        remote.Dispose();
    }

    private PullRequestCreator Creator()
    {
        var git = new GitCli(repository.Path);
        return new PullRequestCreator(git, git, pullRequests, NullLogger.Instance);
    }
}
