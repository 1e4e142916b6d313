using ContinuousMl.Git;

namespace ContinuousMl.Tests.Git;

public sealed class GitCliTests
{
    [Fact]
    public async Task TryRevParse_resolves_head_branch_and_short_sha_to_the_full_sha()
    {
        using var repository = TempGitRepository.WithCommits(2);
        var expected = repository.Git("rev-parse", "HEAD");
        var parent = repository.Git("rev-parse", "HEAD~1");
        var git = new GitCli(repository.Path);

        Assert.Equal(expected, await git.TryRevParseAsync("HEAD"));
        Assert.Equal(expected, await git.TryRevParseAsync("main"));
        Assert.Equal(expected, await git.TryRevParseAsync(expected[..8]));
        Assert.Equal(parent, await git.TryRevParseAsync("HEAD~1"));
        Assert.Matches("^[0-9a-f]{40}$", expected);
    }

    [Fact]
    public async Task TryRevParse_peels_an_annotated_tag_to_its_commit()
    {
        using var repository = TempGitRepository.WithCommits();
        repository.Git("-c", "user.name=t", "-c", "user.email=t@t", "tag", "-a", "v1", "-m", "v1");
        var git = new GitCli(repository.Path);

        Assert.Equal(repository.Git("rev-parse", "HEAD"), await git.TryRevParseAsync("v1"));
    }

    [Theory]
    [InlineData("does-not-exist")]
    [InlineData("HEAD~5")]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("--help")]
    [InlineData("-q")]
    public async Task TryRevParse_returns_null_for_what_names_no_commit(string rev)
    {
        using var repository = TempGitRepository.WithCommits();
        var git = new GitCli(repository.Path);

        Assert.Null(await git.TryRevParseAsync(rev));
    }

    [Fact]
    public async Task A_repository_without_commits_has_no_head_sha_but_a_branch_and_a_top_level()
    {
        using var repository = TempGitRepository.Empty();
        var git = new GitCli(repository.Path);

        Assert.Null(await git.TryRevParseAsync("HEAD"));
        Assert.Equal("main", await git.CurrentBranchAsync());
        Assert.Equal(Path.GetFullPath(repository.Path), await git.TopLevelAsync());
        Assert.Null(await git.RemoteUrlAsync());
    }

    [Fact]
    public async Task A_folder_outside_any_repository_gives_nulls_and_a_failed_result()
    {
        using var folder = TempGitRepository.Folder();
        var git = new GitCli(folder.Path);

        Assert.Null(await git.TryRevParseAsync("HEAD"));
        Assert.Null(await git.TopLevelAsync());
        Assert.Null(await git.CurrentBranchAsync());
        Assert.Null(await git.RemoteUrlAsync());
        var status = await git.RunAsync("status");
        Assert.False(status.Succeeded);
        Assert.NotEqual(0, status.ExitCode);
        Assert.Contains("not a git repository", status.StandardError, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_missing_git_executable_never_throws()
    {
        using var repository = TempGitRepository.WithCommits();
        var git = new GitCli(repository.Path, executable: "/nonexistent/bin/git-" + Guid.NewGuid().ToString("N"));

        var result = await git.RunAsync("status");

        Assert.Equal(GitResult.NotRun, result.ExitCode);
        Assert.False(result.Succeeded);
        Assert.NotEmpty(result.StandardError);
        Assert.Null(await git.TryRevParseAsync("HEAD"));
        Assert.Null(await git.TopLevelAsync());
        Assert.Null(await git.RemoteUrlAsync());
        Assert.Null(await git.CurrentBranchAsync());
    }

    [Fact]
    public async Task The_top_level_of_the_current_directory_comes_from_disk_and_matches_git()
    {
        var current = Directory.GetCurrentDirectory();
        var missingGit = new GitCli(current, executable: "/nonexistent/bin/git-" + Guid.NewGuid().ToString("N"), trustRepository: true);

        var fromDisk = await missingGit.TopLevelAsync();

        // Without a git executable, only the on-disk lookup can have answered; it must agree with git itself.
        Assert.Equal(await new GitCli(current, trustRepository: true).RunAsync("rev-parse", "--show-toplevel") is { Succeeded: true } result
            ? result.FirstLine
            : null, fromDisk);
    }

    [Fact]
    public async Task A_missing_working_directory_never_throws()
    {
        var git = new GitCli(Path.Combine(Path.GetTempPath(), "cml-missing-" + Guid.NewGuid().ToString("N")));

        var result = await git.RunAsync("status");

        Assert.False(result.Succeeded);
        Assert.Null(await git.TryRevParseAsync("HEAD"));
    }

    [Fact]
    public async Task TopLevel_from_a_subdirectory_is_the_repository_root()
    {
        using var repository = TempGitRepository.WithCommits();
        var sub = Directory.CreateDirectory(Path.Combine(repository.Path, "a", "b")).FullName;

        Assert.Equal(Path.GetFullPath(repository.Path), await new GitCli(sub).TopLevelAsync());
    }

    [Fact]
    public async Task CurrentBranch_follows_checkouts_and_is_null_when_detached()
    {
        using var repository = TempGitRepository.WithCommits();
        var git = new GitCli(repository.Path);
        Assert.Equal("main", await git.CurrentBranchAsync());

        repository.Git("checkout", "-q", "-b", "feature/x");
        Assert.Equal("feature/x", await git.CurrentBranchAsync());

        repository.Git("checkout", "-q", "--detach");
        Assert.Null(await git.CurrentBranchAsync());
    }

    [Fact]
    public async Task RemoteUrl_reads_the_named_remote_as_configured()
    {
        using var repository = TempGitRepository.WithCommits();
        repository.Git("remote", "add", "origin", "git@github.com:o/r.git");
        repository.Git("remote", "add", "upstream", "https://gitlab.com/g/p.git");
        var git = new GitCli(repository.Path);

        Assert.Equal("git@github.com:o/r.git", await git.RemoteUrlAsync());
        Assert.Equal("https://gitlab.com/g/p.git", await git.RemoteUrlAsync("upstream"));
        Assert.Null(await git.RemoteUrlAsync("missing"));
        Assert.Null(await git.RemoteUrlAsync(""));
    }

    [Fact]
    public async Task RunAsync_passes_arguments_verbatim_without_a_shell()
    {
        using var repository = TempGitRepository.WithCommits();
        var git = new GitCli(repository.Path);

        var result = await git.RunAsync("rev-parse", "--sq-quote", "a b", "$(echo hi)", "x;y");

        Assert.True(result.Succeeded);
        Assert.Equal("'a b' '$(echo hi)' 'x;y'", result.StandardOutput.Trim());
    }

    [Fact]
    public async Task RunAsync_keeps_stdout_unchanged_and_reports_the_exit_code()
    {
        using var repository = TempGitRepository.WithCommits();
        File.WriteAllText(Path.Combine(repository.Path, "file.txt"), "line 1\n\nline 3\n\n");
        repository.Git("add", "file.txt");
        repository.Git("-c", "user.name=t", "-c", "user.email=t@t", "-c", "commit.gpgsign=false", "commit", "-q", "-m", "x");
        var git = new GitCli(repository.Path);

        var show = await git.RunAsync("show", "HEAD:file.txt");
        var missing = await git.RunAsync("show", "HEAD:nope.txt");

        Assert.Equal("line 1\n\nline 3\n\n", show.StandardOutput);
        Assert.Equal(0, show.ExitCode);
        Assert.Equal(128, missing.ExitCode);
        Assert.Null(missing.FirstLine);
    }

    [Fact]
    public async Task Git_runs_with_terminal_prompts_disabled()
    {
        using var repository = TempGitRepository.WithCommits();
        var git = new GitCli(repository.Path);

        var result = await git.RunAsync("-c", "alias.prompt=!printenv GIT_TERMINAL_PROMPT", "prompt");

        Assert.Equal("0", result.FirstLine);
    }

    [Fact]
    public async Task Trusting_the_repository_passes_safe_directory_on_the_command_line_only()
    {
        using var repository = TempGitRepository.WithCommits();

        var trusted = await new GitCli(repository.Path, trustRepository: true).RunAsync("config", "--get-all", "safe.directory");
        var plain = await new GitCli(repository.Path).RunAsync("config", "--local", "--get-all", "safe.directory");

        Assert.Contains("*", trusted.StandardOutput.Split('\n'));
        Assert.False(plain.Succeeded);
    }

    [Fact]
    public async Task The_process_current_directory_is_used_when_no_working_directory_is_given()
    {
        var git = new GitCli();

        Assert.Null(git.WorkingDirectory);
        var result = await git.RunAsync("--version");
        Assert.True(result.Succeeded);
        Assert.StartsWith("git version", result.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cancellation_is_the_one_exception()
    {
        using var repository = TempGitRepository.WithCommits();
        var git = new GitCli(repository.Path);
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => git.RunAsync(["status"], cancelled.Token));
    }

    [Fact]
    public void FirstLine_is_null_for_a_failure_or_blank_output()
    {
        Assert.Equal("abc", new GitResult(0, "abc\r\nxyz\n", "").FirstLine);
        Assert.Null(new GitResult(0, "\n", "").FirstLine);
        Assert.Null(new GitResult(1, "abc\n", "").FirstLine);
        Assert.Null(GitResult.Failed("no git").FirstLine);
    }
}
