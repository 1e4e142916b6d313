using ContinuousMl.Assets;
using ContinuousMl.Errors;
using ContinuousMl.Reports;
using ContinuousMl.Tests.Assets;

namespace ContinuousMl.Tests.Reports;

public sealed class ReportNotesTests : IDisposable
{
    private readonly TempWorkspace workspace = new();

    public void Dispose() => workspace.Dispose();

    [Fact]
    public async Task Linked_files_are_copied_into_the_report_folder_and_the_links_follow()
    {
        workspace.WriteFile("docs/plot.png", [1, 2, 3]);
        workspace.WriteFile("other/plot.png", [4, 5, 6]);
        var notes = workspace.WriteFile("docs/notes.md", "### Notes\n\n![mine](plot.png) and ![theirs](../other/plot.png), [site](https://example.com)\n");
        var output = Path.Combine(workspace.Root, ".cml", "report");

        var text = await ReportNotes.EmbedAsync(notes, output, new WorkspaceGuard(workspace.Root), CancellationToken.None);

        Assert.Equal("### Notes\n\n![mine](notes/plot.png) and ![theirs](notes/plot-2.png), [site](https://example.com)\n", text);
        Assert.Equal([1, 2, 3], await File.ReadAllBytesAsync(Path.Combine(output, "notes", "plot.png")));
        Assert.Equal([4, 5, 6], await File.ReadAllBytesAsync(Path.Combine(output, "notes", "plot-2.png")));
    }

    [Fact]
    public async Task A_link_out_of_the_workspace_is_refused()
    {
        workspace.WriteOutside("secret.txt", "no");
        var notes = workspace.WriteFile("notes.md", "[x](../outside/secret.txt)\n");

        await Assert.ThrowsAsync<CmlException>(() => ReportNotes.EmbedAsync(notes, Path.Combine(workspace.Root, "out"), new WorkspaceGuard(workspace.Root), CancellationToken.None));
        Assert.False(Directory.Exists(Path.Combine(workspace.Root, "out")));
    }
}
