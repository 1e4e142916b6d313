using ContinuousMl.Assets;
using ContinuousMl.Errors;
using ContinuousMl.Reports;
using ContinuousMl.Tests.Assets;
using Microsoft.Extensions.Logging;

namespace ContinuousMl.Tests.Reports;

public sealed class ReportAssetPublisherTests : IDisposable
{
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3];

    private readonly TempWorkspace _workspace = new();
    private readonly RecordingLogger _logger = new();
    private readonly RecordingAssetStore _store = new();
    private readonly ReportAssetPublisher _publisher;
    private readonly string _reportPath;

    public ReportAssetPublisherTests()
    {
        _workspace.WriteFile("plots/a.png", Png);
        _workspace.WriteFile("metrics.csv", "epoch,loss\n1,0.5\n");
        _reportPath = _workspace.WriteFile("report.md", string.Empty);
        _publisher = new ReportAssetPublisher(new WorkspaceGuard(_workspace.Root), _logger);
    }

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public async Task PublishesEachLocalFileOnceInOneCallAndSplicesTheUrls()
    {
        const string markdown = """
            # Report

            ![a](plots/a.png "A") and [metrics](metrics.csv)

            | again |
            |---|
            | ![same](./plots/a.png) |

            ![remote](https://example.com/x.png) [top](#report)

            ![](https://cml.dev/watermark.png#abc "CML watermark")

            """;

        PublishedReport result = await _publisher.PublishAsync(markdown, _reportPath, _store, CancellationToken.None);

        IReadOnlyList<Asset> assets = Assert.Single(_store.Calls);
        Assert.Equal(["a.png", "metrics.csv"], assets.Select(a => a.FileName));
        Assert.Equal(["image/png", "text/csv"], assets.Select(a => a.MediaType));
        Assert.Equal(Png, assets[0].Content.ToArray());
        Assert.Equal(
            """
            # Report

            ![a](https://assets.example/1/0/a.png "A") and [metrics](https://assets.example/1/1/metrics.csv)

            | again |
            |---|
            | ![same](https://assets.example/1/0/a.png) |

            ![remote](https://example.com/x.png) [top](#report)

            ![](https://cml.dev/watermark.png#abc "CML watermark")

            """,
            result.Markdown);
        Assert.Equal(
            [
                new PublishedAsset(Path.Combine(_workspace.Root, "plots", "a.png"), "image/png", "https://assets.example/1/0/a.png"),
                new PublishedAsset(Path.Combine(_workspace.Root, "metrics.csv"), "text/csv", "https://assets.example/1/1/metrics.csv"),
            ],
            result.Assets);
        Assert.Contains(_logger.Entries, e => e.Level == LogLevel.Information && e.Message.Contains("a.png as https://assets.example/1/0/a.png", StringComparison.Ordinal));
    }

    [Fact]
    public async Task MissingFileIsLoggedAndLeftAsWritten()
    {
        const string markdown = "![gone](plots/gone.png)\n\n![a](plots/a.png)\n";

        PublishedReport result = await _publisher.PublishAsync(markdown, _reportPath, _store, CancellationToken.None);

        Assert.Equal("![gone](plots/gone.png)\n\n![a](https://assets.example/1/0/a.png)\n", result.Markdown);
        Assert.Equal(["a.png"], Assert.Single(_store.Calls).Select(a => a.FileName));
        (LogLevel level, string message) = Assert.Single(_logger.Entries, e => e.Level == LogLevel.Warning);
        Assert.Equal($"file not found: plots/gone.png ({Path.Combine(_workspace.Root, "plots", "gone.png")})", message);
    }

    [Theory]
    [InlineData("# Nothing local\n\n[site](https://example.com) ![](https://cml.dev/watermark.png)\n")]
    [InlineData("![gone](gone.png)")]
    [InlineData("<img src=\"plots/a.png\">\n\n`![a](plots/a.png)`\n")]
    [InlineData("")]
    public async Task NothingToPublishReturnsTheSameTextWithoutCallingTheStore(string markdown)
    {
        PublishedReport result = await _publisher.PublishAsync(markdown, _reportPath, _store, CancellationToken.None);

        Assert.Same(markdown, result.Markdown);
        Assert.Empty(result.Assets);
        Assert.Empty(_store.Calls);
    }

    [Theory]
    [InlineData("../outside/secret.txt", "image")]
    [InlineData("/etc/passwd", "image")]
    public async Task PathOutsideTheWorkspaceFailsBeforeAnythingIsPublished(string url, string kind)
    {
        _workspace.WriteOutside("secret.txt", "secret");
        string markdown = $"![ok](plots/a.png)\n\n![bad]({url})\n";

        var error = await Assert.ThrowsAsync<CmlException>(() => _publisher.PublishAsync(markdown, _reportPath, _store, CancellationToken.None));

        Assert.Empty(_store.Calls);
        Assert.StartsWith($"{_reportPath}: {kind} \"{url}\" resolves outside the workspace ({_workspace.Root})", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ErrorsNameTheReportAndTheKindOfReference()
    {
        string markdown = "[link](../x.csv)";
        var linkError = await Assert.ThrowsAsync<CmlException>(() => _publisher.PublishAsync(markdown, _reportPath, _store, CancellationToken.None));
        var definitionError = await Assert.ThrowsAsync<CmlException>(() => _publisher.PublishAsync("[x]: ../y.png", _reportPath, _store, CancellationToken.None));

        Assert.StartsWith($"{_reportPath}: link \"../x.csv\"", linkError.Message, StringComparison.Ordinal);
        Assert.StartsWith($"{_reportPath}: link definition \"../y.png\"", definitionError.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SymlinkOutsideFailsWithoutCallingTheStore()
    {
        string secret = _workspace.WriteOutside("secret.txt", "secret");
        File.CreateSymbolicLink(Path.Combine(_workspace.Root, "plots", "b.png"), secret);

        await Assert.ThrowsAsync<CmlException>(() => _publisher.PublishAsync("![b](plots/b.png)", _reportPath, _store, CancellationToken.None));

        Assert.Empty(_store.Calls);
    }

    [Fact]
    public async Task DataUrlImagesArePublishedOnceEach()
    {
        string data = "data:image/png;base64," + Convert.ToBase64String(Png);
        string markdown = $"![one]({data})\n![two]({data})\n![file](plots/a.png)\n";

        PublishedReport result = await _publisher.PublishAsync(markdown, _reportPath, _store, CancellationToken.None);

        IReadOnlyList<Asset> assets = Assert.Single(_store.Calls);
        Assert.Equal(["file.png", "a.png"], assets.Select(a => a.FileName));
        Assert.Equal(Png, assets[0].Content.ToArray());
        Assert.Equal(
            "![one](https://assets.example/1/0/file.png)\n![two](https://assets.example/1/0/file.png)\n![file](https://assets.example/1/1/a.png)\n",
            result.Markdown);
        Assert.Equal("data:image/png", result.Assets[0].Source);
    }

    [Fact]
    public async Task InvalidDataUrlFailsNamingTheReport()
    {
        var error = await Assert.ThrowsAsync<CmlException>(
            () => _publisher.PublishAsync("![x](data:image/png;base64,***)", "report.md", _store, CancellationToken.None));

        Assert.StartsWith("report.md: image: data URL for image/png has invalid base64", error.Message, StringComparison.Ordinal);
        Assert.Empty(_store.Calls);
    }

    [Fact]
    public async Task ReferenceStyleImagesAreRewrittenInTheirDefinitionOnly()
    {
        const string markdown = "![a][plot] and ![b][plot]\n\n[plot]: <plots/a.png> \"Plot\"\n";

        PublishedReport result = await _publisher.PublishAsync(markdown, _reportPath, _store, CancellationToken.None);

        Assert.Equal("![a][plot] and ![b][plot]\n\n[plot]: <https://assets.example/1/0/a.png> \"Plot\"\n", result.Markdown);
    }

    [Fact]
    public async Task PathsResolveAgainstTheReportDirectory()
    {
        string nested = _workspace.WriteFile("reports/weekly.md", string.Empty);

        PublishedReport result = await _publisher.PublishAsync("![a](../plots/a.png) ![b](plots/a.png)", nested, _store, CancellationToken.None);

        Assert.Equal("![a](https://assets.example/1/0/a.png) ![b](plots/a.png)", result.Markdown);
        Assert.Contains(_logger.Entries, e => e.Message.StartsWith("file not found: plots/a.png", StringComparison.Ordinal));
    }

    [Fact]
    public async Task PercentEncodedAndDifferentlySpelledPathsOfOneFileShareOneUpload()
    {
        _workspace.WriteFile("my plot.png", Png);
        const string markdown = "![a](my%20plot.png) ![b](<my plot.png>) ![c](./plots/../my%20plot.png?v=2)";

        PublishedReport result = await _publisher.PublishAsync(markdown, _reportPath, _store, CancellationToken.None);

        Assert.Equal(["my plot.png"], Assert.Single(_store.Calls).Select(a => a.FileName));
        Assert.Equal(
            "![a](<https://assets.example/1/0/my plot.png>) ![b](<https://assets.example/1/0/my plot.png>) ![c](<https://assets.example/1/0/my plot.png>)",
            result.Markdown);
    }

    [Fact]
    public async Task StoreAnsweringWithTheWrongNumberOfUrlsIsABug()
    {
        var store = new RecordingAssetStore(_ => []);

        await Assert.ThrowsAsync<InvalidOperationException>(() => _publisher.PublishAsync("![a](plots/a.png)", _reportPath, store, CancellationToken.None));
    }

    [Fact]
    public async Task StoreAnsweringWithAnEmptyUrlFails()
    {
        var store = new RecordingAssetStore(_ => [" "]);

        var error = await Assert.ThrowsAsync<CmlException>(() => _publisher.PublishAsync("![a](plots/a.png)", _reportPath, store, CancellationToken.None));
        Assert.Contains("no URL for \"plots/a.png\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CancellationStopsBeforePublishing()
    {
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => _publisher.PublishAsync("![a](plots/a.png)", _reportPath, _store, cancellation.Token));
        Assert.Empty(_store.Calls);
    }
}
