using ContinuousMl.Assets;
using ContinuousMl.Errors;
using Microsoft.Extensions.Logging;

namespace ContinuousMl.Reports;

/// <summary>
/// Uploads the local files and <c>data:</c> images a report refers to and points the report at the uploads,
/// as <c>cml comment create</c> does before posting. Every path is checked by the <see cref="WorkspaceGuard"/>
/// before any file is read, so one bad path fails the command without uploading anything.
/// </summary>
public sealed partial class ReportAssetPublisher
{
    private const string WatermarkUrl = "https://cml.dev/watermark.png";

    private readonly WorkspaceGuard _guard;
    private readonly ILogger _logger;

    public ReportAssetPublisher(WorkspaceGuard guard, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(guard);
        ArgumentNullException.ThrowIfNull(logger);
        _guard = guard;
        _logger = logger;
    }

    /// <summary>
    /// Publishes what <paramref name="markdown"/> refers to through <paramref name="store"/> (one call for all
    /// assets) and returns the report with the new URLs spliced in.
    /// </summary>
    /// <param name="markdown">The report text.</param>
    /// <param name="reportPath">The report's path as the user gave it: relative URLs resolve against its directory,
    /// and errors name it.</param>
    /// <param name="store">Where assets go.</param>
    /// <param name="cancellationToken">Cancels reading and publishing.</param>
    /// <exception cref="CmlException">A path leaves the workspace, a file cannot be read, or a data URL is invalid.</exception>
    public async Task<PublishedReport> PublishAsync(string markdown, string reportPath, IAssetStore store, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        ArgumentNullException.ThrowIfNull(reportPath);
        ArgumentNullException.ThrowIfNull(store);

        ReportDocument document = ReportDocument.Parse(markdown);
        string reportDirectory = Path.GetDirectoryName(Path.GetFullPath(reportPath)) ?? Directory.GetCurrentDirectory();

        // Pass 1 looks only at names and links (guard, data URL decoding): any failure aborts before a read.
        var sources = new List<PendingAsset>();
        var sourceIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var uses = new List<(LinkReference Reference, int Source)>();
        foreach (LinkReference reference in document.References)
        {
            string url = reference.Url;
            if (url.StartsWith(WatermarkUrl, StringComparison.Ordinal))
            {
                continue;
            }

            string subject = $"{reportPath}: {Describe(reference.Kind)}";
            string key;
            AssetLocation? location = null;
            if (DataUrl.IsImage(url))
            {
                key = url;
            }
            else
            {
                location = _guard.Resolve(reportDirectory, url, subject);
                switch (location.Kind)
                {
                    case AssetLocationKind.Local:
                        break;
                    case AssetLocationKind.Missing:
                        LogFileNotFound(_logger, url, location.FullPath!);
                        continue;
                    case AssetLocationKind.Directory:
                        LogDirectorySkipped(_logger, url, location.FullPath!);
                        continue;
                    default:
                        continue;
                }

                key = location.RealPath!;
            }

            if (!sourceIndex.TryGetValue(key, out int index))
            {
                index = sources.Count;
                sourceIndex.Add(key, index);
                sources.Add(new PendingAsset(url, location, location is null ? DecodeDataUrl(url, subject) : null));
            }

            uses.Add((reference, index));
        }

        if (sources.Count == 0)
        {
            return new PublishedReport(markdown, []);
        }

        var assets = new Asset[sources.Count];
        for (int i = 0; i < sources.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            assets[i] = sources[i].Decoded ?? Read(sources[i], reportPath);
        }

        IReadOnlyList<string> urls = await store.PublishAsync(assets, cancellationToken).ConfigureAwait(false);
        if (urls.Count != assets.Length)
        {
            throw new InvalidOperationException($"The asset store returned {urls.Count} URLs for {assets.Length} assets.");
        }

        var published = new PublishedAsset[assets.Length];
        for (int i = 0; i < assets.Length; i++)
        {
            if (string.IsNullOrWhiteSpace(urls[i]))
            {
                throw new CmlException($"{reportPath}: the asset store returned no URL for \"{sources[i].Url}\"");
            }

            string source = sources[i].Location?.RealPath ?? "data:" + assets[i].MediaType;
            published[i] = new PublishedAsset(source, assets[i].MediaType, urls[i]);
            LogPublished(_logger, source, urls[i]);
        }

        var replacements = new Dictionary<LinkReference, string>(uses.Count);
        foreach ((LinkReference reference, int source) in uses)
        {
            replacements[reference] = urls[source];
        }

        return new PublishedReport(document.Splice(replacements), published);
    }

    // A synchronous read: a local file, and an asynchronous one costs a thread-pool hop on the native start-up path.
    private static Asset Read(PendingAsset pending, string reportPath)
    {
        AssetLocation location = pending.Location!;
        byte[] content;
        try
        {
            // The real path is the one the guard approved; reading it does not follow any link again.
            content = File.ReadAllBytes(location.RealPath!);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CmlException($"{reportPath}: cannot read \"{pending.Url}\" ({location.FullPath}): {e.Message}", ExitCodes.Failure, e);
        }

        // The name the report used (not the symlink target's) is what a reader recognises.
        string fileName = Path.GetFileName(location.FullPath!);
        return new Asset(fileName, MediaTypeSniffer.Sniff(content, fileName), content);
    }

    private static Asset DecodeDataUrl(string url, string subject)
    {
        try
        {
            return DataUrl.Parse(url);
        }
        catch (CmlException e)
        {
            throw new CmlException($"{subject}: {e.Message}", e.ExitCode, e);
        }
    }

    private static string Describe(LinkReferenceKind kind) => kind switch
    {
        LinkReferenceKind.Image => "image",
        LinkReferenceKind.Link => "link",
        _ => "link definition",
    };

    [LoggerMessage(Level = LogLevel.Warning, Message = "file not found: {Url} ({Path})")]
    private static partial void LogFileNotFound(ILogger logger, string url, string path);

    [LoggerMessage(Level = LogLevel.Debug, Message = "not a file, left as is: {Url} ({Path})")]
    private static partial void LogDirectorySkipped(ILogger logger, string url, string path);

    [LoggerMessage(Level = LogLevel.Information, Message = "published {Source} as {Url}")]
    private static partial void LogPublished(ILogger logger, string source, string url);

    // What one distinct asset is: a guarded file still to read, or an already decoded data URL.
    private readonly record struct PendingAsset(string Url, AssetLocation? Location, Asset? Decoded);
}
