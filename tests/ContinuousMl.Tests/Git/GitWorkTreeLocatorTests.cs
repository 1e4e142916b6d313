using ContinuousMl.Git;

namespace ContinuousMl.Tests.Git;

public sealed class GitWorkTreeLocatorTests
{
    private static readonly Func<string, string?> NoVariables = _ => null;

    [Fact]
    public void A_sub_directory_of_a_checkout_finds_the_same_top_level_as_git()
    {
        using var repository = TempGitRepository.WithCommits();
        var nested = Directory.CreateDirectory(Path.Combine(repository.Path, "a", "b")).FullName;

        var found = GitWorkTreeLocator.Find(nested, NoVariables);

        Assert.Equal(repository.Git("rev-parse", "--show-toplevel"), found);
    }

    [Fact]
    public void A_linked_work_tree_is_the_directory_holding_the_git_file()
    {
        using var repository = TempGitRepository.WithCommits();
        var linked = Path.Combine(repository.Path, "linked");
        repository.Git("worktree", "add", "-q", linked);

        var found = GitWorkTreeLocator.Find(Path.Combine(linked), NoVariables);

        Assert.True(File.Exists(Path.Combine(linked, ".git")));
        Assert.Equal(linked, found);
    }

    [Fact]
    public void A_folder_outside_any_repository_has_no_top_level()
    {
        using var folder = TempGitRepository.Folder();

        Assert.Null(GitWorkTreeLocator.Find(folder.Path, NoVariables));
    }

    [Fact]
    public void Inside_the_git_directory_only_git_can_answer()
    {
        using var repository = TempGitRepository.WithCommits();

        Assert.Equal(GitWorkTreeLocator.Undecided, GitWorkTreeLocator.Find(Path.Combine(repository.Path, ".git", "refs"), NoVariables));
    }

    [Theory]
    [InlineData("GIT_DIR")]
    [InlineData("GIT_WORK_TREE")]
    [InlineData("GIT_CEILING_DIRECTORIES")]
    public void Git_discovery_variables_leave_the_answer_to_git(string variable)
    {
        using var repository = TempGitRepository.WithCommits();

        var found = GitWorkTreeLocator.Find(repository.Path, name => name == variable ? "/elsewhere" : null);

        Assert.Equal(GitWorkTreeLocator.Undecided, found);
    }

    [Fact]
    public void A_core_worktree_setting_leaves_the_answer_to_git()
    {
        using var repository = TempGitRepository.WithCommits();
        repository.Git("config", "core.worktree", repository.Path);

        Assert.Equal(GitWorkTreeLocator.Undecided, GitWorkTreeLocator.Find(repository.Path, NoVariables));
    }

    [Fact]
    public void A_git_directory_without_HEAD_is_not_taken_for_a_repository()
    {
        using var folder = TempGitRepository.Folder();
        Directory.CreateDirectory(Path.Combine(folder.Path, ".git"));

        Assert.Equal(GitWorkTreeLocator.Undecided, GitWorkTreeLocator.Find(folder.Path, NoVariables));
    }

    [Fact]
    public void A_relative_start_leaves_the_answer_to_git()
    {
        Assert.Equal(GitWorkTreeLocator.Undecided, GitWorkTreeLocator.Find("relative/dir", NoVariables));
    }
}
