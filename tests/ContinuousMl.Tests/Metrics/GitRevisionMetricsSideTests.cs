using ContinuousMl.Errors;
using ContinuousMl.Git;
using ContinuousMl.Metrics;
using ContinuousMl.Tests.Git;
using ContinuousMl.Tests.Reports;
using Microsoft.Extensions.Logging.Abstractions;

namespace ContinuousMl.Tests.Metrics;

public sealed class GitRevisionMetricsSideTests
{
    [Fact]
    public async Task Files_are_read_as_the_commit_has_them_relative_to_the_current_directory()
    {
        using var repository = TempGitRepository.Empty();
        Directory.CreateDirectory(Path.Combine(repository.Path, "sub"));
        File.WriteAllText(Path.Combine(repository.Path, "sub", "m.json"), "{\"a\": 1}");
        File.WriteAllText(Path.Combine(repository.Path, "top.json"), "{\"b\": 2}");
        repository.Git("add", "-A");
        repository.Git("-c", "user.name=t", "-c", "user.email=t@t", "commit", "-q", "-m", "one");
        var commit = repository.Git("rev-parse", "HEAD");
        File.WriteAllText(Path.Combine(repository.Path, "sub", "m.json"), "{\"a\": 99}");
        await using var side = new GitRevisionMetricsSide(new GitCli(Path.Combine(repository.Path, "sub")), "main", commit, "sub/");

        using var reader = new StreamReader((await side.OpenAsync("m.json", CancellationToken.None))!);

        Assert.Equal("{\"a\": 1}", await reader.ReadToEndAsync());
        Assert.NotNull(await side.OpenAsync("../top.json", CancellationToken.None));
        Assert.True(await side.ExistsAsync("../top.json", CancellationToken.None));
        Assert.Null(await side.OpenAsync("missing.json", CancellationToken.None));
        Assert.False(await side.ExistsAsync("missing.json", CancellationToken.None));
        Assert.Null(await side.OpenAsync("../../outside.json", CancellationToken.None));
        Assert.Equal("m.json at main", side.Describe("m.json"));
    }

    [Fact]
    public async Task A_revision_missing_from_a_shallow_clone_is_fetched_from_origin()
    {
        using var origin = TempGitRepository.WithCommits(2);
        origin.Git("checkout", "-q", "-b", "feature");
        origin.Commit("feature work");
        var mainSha = origin.Git("rev-parse", "main");
        using var clone = TempGitRepository.Folder();
        clone.Git("clone", "-q", "--depth=1", "--single-branch", "--branch", "feature", "file://" + origin.Path, ".");
        var logger = new RecordingLogger();

        var resolved = await new RevisionResolver(new GitCli(clone.Path), logger).ResolveAsync("main", "--base", CancellationToken.None);

        Assert.Equal(mainSha, resolved);
        Assert.Contains(logger.Entries, entry => entry.Message.Contains("git fetch --quiet --depth=1 origin main", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_revision_nowhere_is_an_error_that_names_it_and_suggests_a_fetch()
    {
        using var repository = TempGitRepository.WithCommits();

        var error = await Assert.ThrowsAsync<CmlException>(() =>
            new RevisionResolver(new GitCli(repository.Path), NullLogger.Instance).ResolveAsync("nope", "--base", CancellationToken.None));

        Assert.Equal(ExitCodes.Failure, error.ExitCode);
        Assert.StartsWith("--base nope: no such branch, tag or commit", error.Message, StringComparison.Ordinal);
        Assert.Contains("git fetch origin nope", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Origins_default_branch_is_the_default_base_outside_a_pull_request()
    {
        using var origin = TempGitRepository.WithCommits();
        origin.Git("branch", "-m", "main", "trunk");
        using var clone = TempGitRepository.Folder();
        clone.Git("clone", "-q", "file://" + origin.Path, ".");

        var chosen = await BaseRevision.ChooseAsync(new ContinuousMl.Ci.DictionaryEnvironment(), new GitCli(clone.Path), CancellationToken.None);
        var inPullRequest = await BaseRevision.ChooseAsync(
            new ContinuousMl.Ci.DictionaryEnvironment { ["GITHUB_ACTIONS"] = "true", ["GITHUB_BASE_REF"] = "release" },
            new GitCli(clone.Path),
            CancellationToken.None);

        Assert.Equal("trunk", chosen.Revision);
        Assert.Equal("release", inPullRequest.Revision);
    }
}
