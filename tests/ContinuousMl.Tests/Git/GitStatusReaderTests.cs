using ContinuousMl.Git;

namespace ContinuousMl.Tests.Git;

public sealed class GitStatusReaderTests
{
    [Fact]
    public void Reads_every_kind_of_change_and_the_new_name_of_a_rename()
    {
        var porcelain = " M tracked.txt\0?? new dir/file with spaces.csv\0D  gone.bin\0R  renamed.txt\0original.txt\0A  added.json\0";

        Assert.Equal(
            ["tracked.txt", "new dir/file with spaces.csv", "gone.bin", "renamed.txt", "added.json"],
            GitStatusReader.Parse(porcelain));
    }

    [Fact]
    public void A_clean_tree_has_no_changes() => Assert.Empty(GitStatusReader.Parse(string.Empty));

    [Fact]
    public async Task Lists_untracked_files_one_by_one_from_the_root()
    {
        using var repository = TempGitRepository.WithCommits();
        Directory.CreateDirectory(Path.Combine(repository.Path, "out", "deep"));
        File.WriteAllText(Path.Combine(repository.Path, "out", "deep", "a.txt"), "a");
        File.WriteAllText(Path.Combine(repository.Path, "out", "b.txt"), "b");
        File.WriteAllText(Path.Combine(repository.Path, "file.txt"), "changed");

        var changed = await GitStatusReader.ChangedFilesAsync(new GitCli(Path.Combine(repository.Path, "out")), CancellationToken.None);

        Assert.Equal(["file.txt", "out/b.txt", "out/deep/a.txt"], changed.Order(StringComparer.Ordinal));
    }
}
