using ContinuousMl.Errors;
using ContinuousMl.Git;

namespace ContinuousMl.Tests.Git;

public sealed class GitObjectBatchTests
{
    [Fact]
    public async Task Files_folders_and_missing_paths_are_told_apart_and_the_conversation_stays_in_step()
    {
        using var repository = TempGitRepository.Empty();
        Directory.CreateDirectory(Path.Combine(repository.Path, "dir"));
        byte[] binary = [0, 10, 13, 10, 255, 10];
        File.WriteAllBytes(Path.Combine(repository.Path, "dir", "blob.bin"), binary);
        File.WriteAllText(Path.Combine(repository.Path, "a.json"), "{\"a\": 1}\n");
        repository.Git("add", "-A");
        repository.Git("-c", "user.name=t", "-c", "user.email=t@t", "commit", "-q", "-m", "one");
        var commit = repository.Git("rev-parse", "HEAD");
        await using var batch = new GitObjectBatch(new GitCli(repository.Path));

        var missing = await batch.ReadAsync($"{commit}:nope.json", CancellationToken.None);
        var file = await batch.ReadAsync($"{commit}:dir/blob.bin", CancellationToken.None);
        var folder = await batch.ReadAsync($"{commit}:dir", CancellationToken.None);
        var text = await batch.ReadAsync($"{commit}:a.json", CancellationToken.None);
        var badRevision = await batch.ReadAsync("0000000000000000000000000000000000000000:a.json", CancellationToken.None);
        var again = await batch.ReadAsync($"{commit}:a.json", CancellationToken.None);

        Assert.Equal(GitObjectKind.Missing, missing.Kind);
        Assert.Equal(GitObjectKind.File, file.Kind);
        Assert.Equal(binary, file.Content);
        Assert.Equal(GitObjectKind.Folder, folder.Kind);
        Assert.Null(folder.Content);
        Assert.Equal("{\"a\": 1}\n", System.Text.Encoding.UTF8.GetString(text.Content!));
        Assert.Equal(GitObjectKind.Missing, badRevision.Kind);
        Assert.Equal(text.Content, again.Content);
    }

    [Fact]
    public async Task A_name_with_a_line_break_is_missing_rather_than_a_second_request()
    {
        using var repository = TempGitRepository.WithCommits();
        var commit = repository.Git("rev-parse", "HEAD");
        await using var batch = new GitObjectBatch(new GitCli(repository.Path));

        var broken = await batch.ReadAsync($"{commit}:x\n{commit}", CancellationToken.None);
        var folder = await batch.ReadAsync($"{commit}:", CancellationToken.None);

        Assert.Equal(GitObjectKind.Missing, broken.Kind);
        Assert.Equal(GitObjectKind.Folder, folder.Kind);
    }

    [Fact]
    public async Task Outside_a_repository_the_error_is_what_git_said()
    {
        using var folder = TempGitRepository.Folder();
        await using var batch = new GitObjectBatch(new GitCli(folder.Path));

        var error = await Assert.ThrowsAsync<CmlException>(() => batch.ReadAsync("HEAD:a.json", CancellationToken.None));

        Assert.Contains("HEAD:a.json: git cat-file failed", error.Message, StringComparison.Ordinal);
        Assert.Contains("not a git repository", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }
}
