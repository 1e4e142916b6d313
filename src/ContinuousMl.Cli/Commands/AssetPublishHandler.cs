using ContinuousMl.Assets;
using ContinuousMl.Ci;
using ContinuousMl.Errors;
using Microsoft.Extensions.Logging;

namespace ContinuousMl.Cli.Commands;

/// <summary>
/// Runs <c>asset publish</c>: the file must be inside the repository (the same guard as report images), its type
/// is <c>--mime-type</c> or sniffed from its bytes, it goes to the forge's storage (or a <c>--url</c> server), and
/// the link is printed (or written to <c>--file</c>) by CML's rules.
/// </summary>
public sealed class AssetPublishHandler(IEnvironmentVariables environment, ForgeSessionOpener opener, HttpClient http, ILoggerFactory loggers, TextWriter stdout)
{
    private readonly ILogger logger = loggers.CreateLogger("asset");

    public async Task<int> RunAsync(GlobalSettings globals, AssetPublishSettings settings, CancellationToken cancellationToken)
    {
        if (settings.GitLabUploads)
        {
            logger.LogWarning("{Warning}", AssetPublishCommand.GitLabUploadsWarning);
        }

        var job = await JobLocation.DetectAsync(environment, logger, cancellationToken).ConfigureAwait(false);
        var asset = await ReadAsync(settings, job.Workspace, cancellationToken).ConfigureAwait(false);

        // As in CML, --native wins over --url; without either the forge's storage is used (CML's default server is gone).
        var useServer = settings.Url is not null && !settings.Native;
        IAssetStore store = useServer
            ? new PublishUrlAssetStore(http, ParseUrl(settings.Url!))
            : (await opener.OpenAsync(globals, job, logger, cancellationToken).ConfigureAwait(false)).Connection.Assets;
        var published = await store.PublishAsync([asset], cancellationToken).ConfigureAwait(false);
        var link = published.Count == 1 && !string.IsNullOrWhiteSpace(published[0])
            ? published[0]
            : throw new CmlException($"{settings.Asset}: the asset store returned no URL");
        if (useServer && settings.RemoveWatermark)
        {
            link = AssetUrlMarker.Remove(link);
        }

        logger.LogInformation("published {Asset} ({MediaType}) as {Url}", settings.Asset, asset.MediaType, link);
        var output = AssetLinkFormatter.Format(link, asset.MediaType, settings.Markdown, settings.Title);
        if (settings.File is null)
        {
            await stdout.WriteLineAsync(output).ConfigureAwait(false);
            return ExitCodes.Success;
        }

        await WriteOutputFileAsync(settings.File, output).ConfigureAwait(false);
        return ExitCodes.Success;
    }

    private static async Task<Asset> ReadAsync(AssetPublishSettings settings, string workspace, CancellationToken cancellationToken)
    {
        var location = new WorkspaceGuard(workspace).Resolve(Directory.GetCurrentDirectory(), AsGuardUrl(settings.Asset), "asset");
        switch (location.Kind)
        {
            case AssetLocationKind.Local:
                break;
            case AssetLocationKind.Directory:
                throw new CmlException($"{settings.Asset}: is a directory; publish one file at a time");
            default:
                throw new CmlException($"{settings.Asset}: file not found (ENOENT)");
        }

        byte[] content;
        try
        {
            // The real path is the one the guard approved.
            content = await File.ReadAllBytesAsync(location.RealPath!, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CmlException($"{settings.Asset}: cannot read it ({ex.Message})", inner: ex);
        }

        var fileName = Path.GetFileName(location.FullPath!);
        return new Asset(fileName, settings.MimeType ?? MediaTypeSniffer.Sniff(content, fileName), content);
    }

    /// <summary>
    /// The guard reads URLs as reports write them, so a path's <c>%</c>, <c>?</c>, <c>#</c> and <c>:</c> are encoded:
    /// the file is then found by its exact name, not taken for a query, a fragment or a scheme.
    /// </summary>
    private static string AsGuardUrl(string path) =>
        path.Replace("%", "%25", StringComparison.Ordinal)
            .Replace("?", "%3F", StringComparison.Ordinal)
            .Replace("#", "%23", StringComparison.Ordinal)
            .Replace(":", "%3A", StringComparison.Ordinal);

    private static Uri ParseUrl(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? uri
            : throw new CmlException($"--url \"{url}\" is not an http(s) URL", ExitCodes.Usage);

    // CML documents "append" but replaces the file; workflows were written against what it does.
    private static async Task WriteOutputFileAsync(string file, string output)
    {
        try
        {
            await File.WriteAllTextAsync(file, output, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CmlException($"--file {file}: cannot write it ({ex.Message})", inner: ex);
        }
    }
}
