using ContinuousMl.Assets;
using ContinuousMl.Ci;
using ContinuousMl.Cli.Hosting;
using ContinuousMl.Comments;
using ContinuousMl.Errors;
using ContinuousMl.Forges;
using ContinuousMl.Git;
using ContinuousMl.Reports;
using Microsoft.Extensions.Logging;

namespace ContinuousMl.Cli.Commands;

/// <summary>
/// Runs <c>comment create</c>: read → find assets → publish → splice URLs → watermark → find-or-create. Each step
/// is its own type; this class only puts them in order and keeps the rendered report when posting fails.
/// </summary>
public sealed class CommentCreateHandler(
    IEnvironmentVariables environment,
    ForgeSessionOpener opener,
    ILoggerFactory loggers,
    TextWriter stdout)
{
    private readonly ILogger logger = loggers.CreateLogger("comment");
    private readonly CommentPoster poster = new(opener, loggers);

    public async Task<int> RunAsync(GlobalSettings globals, CommentCreateSettings settings, CancellationToken cancellationToken)
    {
        if (!settings.Watch)
        {
            return await PostAsync(globals, settings, cancellationToken).ConfigureAwait(false);
        }

        var watcher = new ReportWatcher(settings.TriggerFile ?? settings.MarkdownFile, logger);
        try
        {
            await watcher.RunAsync(
                async (first, token) =>
                {
                    // The first change creates a comment unless --update was asked; later ones update it.
                    await PostAsync(globals, settings with { Watch = false, Update = settings.Update || !first }, token).ConfigureAwait(false);
                    if (settings.TriggerFile is not null)
                    {
                        File.Delete(settings.TriggerFile);
                    }
                },
                cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            logger.LogInformation("stopped watching");
        }

        return ExitCodes.Success;
    }

    private async Task<int> PostAsync(GlobalSettings globals, CommentCreateSettings settings, CancellationToken cancellationToken)
    {
        // Our own reads only: a checkout owned by another user (a container job) must not stop us, and unlike CML we
        // leave the global git config alone.
        var git = new GitCli(Directory.GetCurrentDirectory(), trustRepository: true);
        var detection = await CiDetector.CreateDefault(environment, git).DetectAsync(cancellationToken).ConfigureAwait(false);
        foreach (var warning in detection.Warnings)
        {
            logger.LogWarning("{Warning}", warning);
        }

        var ci = detection.Context;
        var workspace = await git.TopLevelAsync(cancellationToken).ConfigureAwait(false) ?? Directory.GetCurrentDirectory();
        var report = ReadReport(settings.MarkdownFile);
        var watermark = settings.RemoveWatermark ? null : await CreateWatermarkAsync(settings, ci, git, cancellationToken).ConfigureAwait(false);
        var publisher = new ReportAssetPublisher(new WorkspaceGuard(workspace), loggers.CreateLogger("assets"));

        if (settings.DryRun)
        {
            if (settings.Publish)
            {
                // The preview keeps the local paths; the check still refuses what a real run would refuse.
                var checkedReport = await publisher.PublishAsync(report.Text, report.Path, new DryRunAssetStore(), cancellationToken).ConfigureAwait(false);
                logger.LogInformation("--dry-run: {Count} files would be published; nothing was posted", checkedReport.Assets.Count);
            }

            await stdout.WriteAsync(watermark?.AppendTo(report.Text) ?? report.Text).ConfigureAwait(false);
            await stdout.WriteLineAsync().ConfigureAwait(false);
            return ExitCodes.Success;
        }

        var connection = await poster.ConnectAsync(globals, settings.PublishUrl, ci, git, cancellationToken).ConfigureAwait(false);
        var body = settings.Publish
            ? await poster.PublishAssetsAsync(connection, report.Text, report.Path, workspace, cancellationToken).ConfigureAwait(false)
            : report.Text;
        var fullBody = watermark?.AppendTo(body) ?? body;
        var fitted = poster.Fit(connection, body, watermark, CommentPoster.FullReportLocation(settings.MarkdownFile, ci));
        body = watermark?.AppendTo(fitted.Text) ?? fitted.Text;

        try
        {
            var target = new CommentTargetRequest(settings.Target, settings.CommitSha, settings.PullRequest);
            var comment = await poster.PostAsync(connection, ci, git, target, body, watermark, settings.Update, cancellationToken).ConfigureAwait(false);
            await stdout.WriteLineAsync(comment.Url).ConfigureAwait(false);
            return ExitCodes.Success;
        }
        catch (CmlException ex)
        {
            var kept = await KeepRenderedReportAsync(fullBody).ConfigureAwait(false);
            var inSummary = await KeepInJobSummaryAsync(ci, fullBody, kept).ConfigureAwait(false);
            throw new CmlException($"{ex.Message} (the rendered report is in {kept}{(inSummary ? " and in the job summary" : string.Empty)})", ex.ExitCode, ex);
        }
    }

    // A synchronous read: a local file, and an asynchronous one costs a thread-pool hop on the native start-up path.
    private static (string Text, string Path) ReadReport(string file)
    {
        var path = Path.GetFullPath(file);
        try
        {
            return (File.ReadAllText(path), path);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new CmlException($"{file}: file not found; pass the path of the Markdown report to post");
        }
        catch (UnauthorizedAccessException)
        {
            throw new CmlException($"{file}: permission denied reading the report");
        }
    }

    private static async Task<Watermark> CreateWatermarkAsync(CommentCreateSettings settings, CiContext ci, GitCli git, CancellationToken cancellationToken)
    {
        var sha = ci.Sha;
        if (!string.IsNullOrEmpty(settings.CommitSha))
        {
            // CML writes `--commit-sha HEAD` verbatim, and a non-hex watermark is never found again.
            sha = await git.TryRevParseAsync(settings.CommitSha, cancellationToken).ConfigureAwait(false) ?? settings.CommitSha;
        }

        return new Watermark(settings.WatermarkTitle, ci.WorkflowId, ci.RunId, sha);
    }

    // The job summary needs no write access, so a report a forge refused still reaches the run's page.
    private async Task<bool> KeepInJobSummaryAsync(CiContext ci, string body, string kept)
    {
        if (ci.SummaryFile is null)
        {
            return false;
        }

        try
        {
            return await JobSummaryWriter.AppendAsync(ci.SummaryFile, body, $"in `{kept}` of the job's workspace", CancellationToken.None).ConfigureAwait(false) is not null;
        }
        catch (IOException ex)
        {
            logger.LogWarning("could not write the job summary {Path}: {Message}", ci.SummaryFile, ex.Message);
            return false;
        }
    }

    // Written even when the job is being cancelled: nothing the user wrote is lost.
    private static async Task<string> KeepRenderedReportAsync(string body)
    {
        var directory = Path.Combine(Directory.GetCurrentDirectory(), ".cml");
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, "comment.md");
        await File.WriteAllTextAsync(path, body, CancellationToken.None).ConfigureAwait(false);
        return Path.GetRelativePath(Directory.GetCurrentDirectory(), path);
    }
}
