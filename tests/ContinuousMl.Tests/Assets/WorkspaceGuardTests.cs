using ContinuousMl.Assets;
using ContinuousMl.Errors;

namespace ContinuousMl.Tests.Assets;

public sealed class WorkspaceGuardTests : IDisposable
{
    private readonly TempWorkspace _workspace = new();
    private readonly WorkspaceGuard _guard;

    public WorkspaceGuardTests()
    {
        _workspace.WriteFile("report.md", "# r");
        _workspace.WriteFile("plots/a.png", "png");
        _workspace.WriteFile("my plot.png", "png");
        _workspace.WriteOutside("secret.txt", "secret");
        _guard = new WorkspaceGuard(_workspace.Root);
    }

    public void Dispose() => _workspace.Dispose();

    [Theory]
    [InlineData("https://example.com/a.png")]
    [InlineData("HTTP://example.com/a.png")]
    [InlineData("mailto:someone@example.com")]
    [InlineData("data:image/png;base64,AAAA")]
    [InlineData("#results")]
    [InlineData("//cdn.example.com/a.png")]
    [InlineData("?tab=files")]
    [InlineData("")]
    public void UrlsThatAreNotFilesAreNotLocal(string url)
    {
        AssetLocation location = _guard.Resolve(_workspace.Root, url);

        Assert.Equal(AssetLocationKind.NotLocal, location.Kind);
        Assert.Null(location.FullPath);
    }

    [Theory]
    [InlineData("plots/a.png", "plots/a.png")]
    [InlineData("./plots/a.png", "plots/a.png")]
    [InlineData("plots/../plots/a.png", "plots/a.png")]
    [InlineData("plots/a.png?raw=true", "plots/a.png")]
    [InlineData("plots/a.png#L1", "plots/a.png")]
    [InlineData("my%20plot.png", "my plot.png")]
    [InlineData("my plot.png", "my plot.png")]
    [InlineData("plots%2Fa.png", "plots/a.png")]
    public void FilesInsideTheRootAreLocal(string url, string relative)
    {
        AssetLocation location = _guard.Resolve(_workspace.Root, url);

        Assert.Equal(AssetLocationKind.Local, location.Kind);
        Assert.Equal(Path.Combine(_workspace.Root, relative), location.FullPath);
        Assert.Equal(Path.Combine(_workspace.Root, relative), location.RealPath);
    }

    [Fact]
    public void RelativeUrlsResolveAgainstTheReportDirectory()
    {
        string reports = Path.Combine(_workspace.Root, "reports");
        Directory.CreateDirectory(reports);

        Assert.Equal(AssetLocationKind.Local, _guard.Resolve(reports, "../plots/a.png").Kind);
        Assert.Equal(AssetLocationKind.Missing, _guard.Resolve(reports, "plots/a.png").Kind);
    }

    [Fact]
    public void AbsolutePathAndFileUrlInsideTheRootAreLocal()
    {
        string path = Path.Combine(_workspace.Root, "plots", "a.png");

        Assert.Equal(AssetLocationKind.Local, _guard.Resolve(_workspace.Root, path).Kind);
        Assert.Equal(AssetLocationKind.Local, _guard.Resolve(_workspace.Root, new Uri(path).AbsoluteUri).Kind);
    }

    [Fact]
    public void FileWithAPercentInItsNameIsFoundByItsLiteralName()
    {
        _workspace.WriteFile("100%25.png", "png");

        AssetLocation location = _guard.Resolve(_workspace.Root, "100%25.png");

        Assert.Equal(AssetLocationKind.Local, location.Kind);
        Assert.Equal(Path.Combine(_workspace.Root, "100%25.png"), location.FullPath);
    }

    [Fact]
    public void MissingFileInsideTheRootIsMissingWithItsFullPath()
    {
        AssetLocation location = _guard.Resolve(_workspace.Root, "plots/nope.png");

        Assert.Equal(AssetLocationKind.Missing, location.Kind);
        Assert.Equal(Path.Combine(_workspace.Root, "plots", "nope.png"), location.FullPath);
    }

    [Fact]
    public void DirectoryIsNotAFile()
    {
        Assert.Equal(AssetLocationKind.Directory, _guard.Resolve(_workspace.Root, "plots/").Kind);
        Assert.Equal(AssetLocationKind.Directory, _guard.Resolve(_workspace.Root, ".").Kind);
    }

    [Theory]
    [InlineData("../outside/secret.txt")]
    [InlineData("../../etc/passwd")]
    [InlineData("plots/../../outside/secret.txt")]
    [InlineData("/etc/passwd")]
    [InlineData("file:///etc/passwd")]
    [InlineData("%2e%2e/outside/secret.txt")]
    [InlineData("..%2Foutside%2Fsecret.txt")]
    [InlineData("../repo-sibling/x.png")]
    public void PathsOutsideTheRootThrow(string url)
    {
        var error = Assert.Throws<CmlException>(() => _guard.Resolve(_workspace.Root, url, "report.md: image"));

        Assert.Equal(
            $"report.md: image \"{url}\" resolves outside the workspace ({_workspace.Root}); only files inside the repository are published",
            error.Message);
        Assert.Equal(1, error.ExitCode);
    }

    [Fact]
    public void ReportOutsideTheRootCannotPublishItsNeighbours()
    {
        Assert.Throws<CmlException>(() => _guard.Resolve(_workspace.Outside, "secret.txt"));
    }

    [Fact]
    public void SymlinkedFilePointingOutsideThrows()
    {
        File.CreateSymbolicLink(Path.Combine(_workspace.Root, "innocent.png"), Path.Combine(_workspace.Outside, "secret.txt"));

        var error = Assert.Throws<CmlException>(() => _guard.Resolve(_workspace.Root, "innocent.png", "report.md: image"));
        Assert.Contains("\"innocent.png\" resolves outside the workspace", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RelativeSymlinkPointingOutsideThrows()
    {
        Directory.CreateDirectory(Path.Combine(_workspace.Root, "plots", "deep"));
        File.CreateSymbolicLink(Path.Combine(_workspace.Root, "plots", "deep", "b.png"), "../../../outside/secret.txt");

        Assert.Throws<CmlException>(() => _guard.Resolve(_workspace.Root, "plots/deep/b.png"));
    }

    [Fact]
    public void SymlinkedParentDirectoryPointingOutsideThrows()
    {
        Directory.CreateSymbolicLink(Path.Combine(_workspace.Root, "linked"), _workspace.Outside);

        Assert.Throws<CmlException>(() => _guard.Resolve(_workspace.Root, "linked/secret.txt"));
        Assert.Throws<CmlException>(() => _guard.Resolve(_workspace.Root, "linked/not-even-there.png"));
    }

    [Fact]
    public void ChainOfSymlinksEndingOutsideThrows()
    {
        File.CreateSymbolicLink(Path.Combine(_workspace.Root, "last.png"), Path.Combine(_workspace.Outside, "secret.txt"));
        File.CreateSymbolicLink(Path.Combine(_workspace.Root, "middle.png"), "last.png");
        File.CreateSymbolicLink(Path.Combine(_workspace.Root, "first.png"), "middle.png");

        Assert.Throws<CmlException>(() => _guard.Resolve(_workspace.Root, "first.png"));
    }

    [Fact]
    public void DotDotInsideALinkTargetIsResolvedAfterTheLinkBeforeIt()
    {
        // repo/s → outside/deep, and repo/trick → "s/../secret.txt". Collapsing ".." as text gives repo/secret.txt,
        // but the kernel walks through s first and lands on outside/secret.txt.
        string deep = Path.Combine(_workspace.Outside, "deep");
        Directory.CreateDirectory(deep);
        Directory.CreateSymbolicLink(Path.Combine(_workspace.Root, "s"), deep);
        _workspace.WriteFile("secret.txt", "harmless");
        string trick = Path.Combine(_workspace.Root, "trick.txt");
        File.CreateSymbolicLink(trick, "s/../secret.txt");
        Assert.Equal("secret", File.ReadAllText(trick));

        Assert.Throws<CmlException>(() => _guard.Resolve(_workspace.Root, "trick.txt"));
    }

    [Fact]
    public void DanglingSymlinkPointingOutsideThrows()
    {
        File.CreateSymbolicLink(Path.Combine(_workspace.Root, "dangling.png"), Path.Combine(_workspace.Outside, "gone.png"));

        Assert.Throws<CmlException>(() => _guard.Resolve(_workspace.Root, "dangling.png"));
    }

    [Fact]
    public void DanglingSymlinkInsideIsMissing()
    {
        File.CreateSymbolicLink(Path.Combine(_workspace.Root, "dangling.png"), "plots/gone.png");

        Assert.Equal(AssetLocationKind.Missing, _guard.Resolve(_workspace.Root, "dangling.png").Kind);
    }

    [Fact]
    public void SymlinkInsideTheRootIsLocalAndReadThroughItsTarget()
    {
        File.CreateSymbolicLink(Path.Combine(_workspace.Root, "latest.png"), "plots/a.png");
        Directory.CreateSymbolicLink(Path.Combine(_workspace.Root, "current"), Path.Combine(_workspace.Root, "plots"));

        AssetLocation file = _guard.Resolve(_workspace.Root, "latest.png");
        AssetLocation viaDirectory = _guard.Resolve(_workspace.Root, "current/a.png");

        Assert.Equal(AssetLocationKind.Local, file.Kind);
        Assert.Equal(Path.Combine(_workspace.Root, "latest.png"), file.FullPath);
        Assert.Equal(Path.Combine(_workspace.Root, "plots", "a.png"), file.RealPath);
        Assert.Equal(AssetLocationKind.Local, viaDirectory.Kind);
        Assert.Equal(Path.Combine(_workspace.Root, "plots", "a.png"), viaDirectory.RealPath);
    }

    [Fact]
    public void SymlinkLoopIsAnErrorNotAHang()
    {
        File.CreateSymbolicLink(Path.Combine(_workspace.Root, "loop1"), "loop2");
        File.CreateSymbolicLink(Path.Combine(_workspace.Root, "loop2"), "loop1");

        var error = Assert.Throws<CmlException>(() => _guard.Resolve(_workspace.Root, "loop1"));
        Assert.Contains("symbolic links", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RootReachedThroughASymlinkStillAcceptsItsFiles()
    {
        string alias = Path.Combine(_workspace.Base, "alias");
        Directory.CreateSymbolicLink(alias, _workspace.Root);
        var guard = new WorkspaceGuard(alias);

        Assert.Equal(AssetLocationKind.Local, guard.Resolve(alias, "plots/a.png").Kind);
        Assert.Equal(AssetLocationKind.Local, guard.Resolve(_workspace.Root, "plots/a.png").Kind);
        Assert.Throws<CmlException>(() => guard.Resolve(alias, "../outside/secret.txt"));
    }

    [Fact]
    public void RootMustBeAbsolute()
    {
        Assert.Throws<ArgumentException>(() => new WorkspaceGuard("relative/repo"));
    }
}
