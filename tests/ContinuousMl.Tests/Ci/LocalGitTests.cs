using ContinuousMl.Ci;
using ContinuousMl.Git;
using ContinuousMl.Tests.Git;

namespace ContinuousMl.Tests.Ci;

public sealed class LocalGitTests
{
    private readonly List<string> warnings = [];

    [Fact]
    public async Task A_checkout_gives_head_branch_and_the_normalised_origin()
    {
        using var repository = TempGitRepository.WithCommits();
        repository.Git("checkout", "-q", "-b", "experiment");
        repository.Git("remote", "add", "origin", "https://x-access-token:abc@github.com/o/r.git");

        var context = await new LocalGit(new GitCli(repository.Path)).ReadAsync(warnings.Add);

        Assert.Equal("local", context.Name);
        Assert.Equal(repository.Git("rev-parse", "HEAD"), context.Sha);
        Assert.Equal("experiment", context.Branch);
        Assert.Equal("https://github.com/o/r", context.RepositoryUrl);
        Assert.Null(context.PullRequest);
        Assert.Null(context.RunId);
        Assert.Null(context.WorkflowId);
        Assert.Null(context.EventName);
        Assert.Null(context.SummaryFile);
        Assert.Null(context.ApiUrl);
        Assert.Null(context.ServerUrl);
        Assert.Null(context.BaseBranch);
        Assert.False(context.IsForkPullRequest);
        Assert.Empty(warnings);
    }

    [Fact]
    public async Task A_repository_without_commits_has_no_sha_and_warns()
    {
        using var repository = TempGitRepository.Empty();
        repository.Git("remote", "add", "origin", "git@gitlab.com:g/p.git");

        var context = await new LocalGit(new GitCli(repository.Path)).ReadAsync(warnings.Add);

        Assert.Null(context.Sha);
        Assert.Equal("main", context.Branch);
        Assert.Equal("https://gitlab.com/g/p", context.RepositoryUrl);
        Assert.Single(warnings);
    }

    [Fact]
    public async Task A_folder_outside_a_repository_gives_an_empty_context()
    {
        using var folder = TempGitRepository.Folder();

        var context = await new LocalGit(new GitCli(folder.Path)).ReadAsync(warnings.Add);

        Assert.Null(context.Sha);
        Assert.Null(context.Branch);
        Assert.Null(context.RepositoryUrl);
        Assert.Single(warnings);
    }

    [Fact]
    public async Task An_origin_that_is_not_a_forge_url_is_dropped_with_a_warning()
    {
        using var repository = TempGitRepository.WithCommits();
        repository.Git("remote", "add", "origin", "/srv/git/repo.git");

        var context = await new LocalGit(new GitCli(repository.Path)).ReadAsync(warnings.Add);

        Assert.NotNull(context.Sha);
        Assert.Null(context.RepositoryUrl);
        Assert.Single(warnings);
    }

    [Fact]
    public async Task A_detached_head_has_a_sha_but_no_branch()
    {
        using var repository = TempGitRepository.WithCommits(2);
        repository.Git("checkout", "-q", "HEAD~1");

        var context = await new LocalGit(new GitCli(repository.Path)).ReadAsync(warnings.Add);

        Assert.Equal(repository.Git("rev-parse", "HEAD"), context.Sha);
        Assert.Null(context.Branch);
    }

    [Fact]
    public void LocalGit_always_applies()
    {
        var local = new LocalGit(new GitCli("/nonexistent"));

        Assert.True(local.IsActive);
        Assert.Equal("local", local.Name);
    }
}
