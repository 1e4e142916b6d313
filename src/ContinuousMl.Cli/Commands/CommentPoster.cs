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
/// The posting steps <c>comment create</c> and <c>report</c> share: connect to the forge, publish the report's local
/// files, fit the report into the forge's comment limit, and find-or-create the watermarked comment. Keeping the
/// rendered report when a step fails is the caller's part, since each keeps it in its own place.
/// </summary>
public sealed class CommentPoster(ForgeSessionOpener opener, ILoggerFactory loggers)
{
    private readonly ILogger logger = loggers.CreateLogger("comment");

    /// <summary>Where a shortened comment points its reader: the report file, and the CI run whose workspace has it.</summary>
    public static string FullReportLocation(string markdownFile, CiContext ci) =>
        ci.Name == GitHubActions.CiName && ci.RepositoryUrl is not null && ci.RunId is not null
            ? $"in `{markdownFile}` of workflow run {ci.RepositoryUrl}/actions/runs/{ci.RunId}"
            : $"in `{markdownFile}` of the job's workspace";

    public async Task<ForgeConnection> ConnectAsync(GlobalSettings globals, string? publishUrl, CiContext ci, GitCli git, CancellationToken cancellationToken)
    {
        var session = await opener.OpenAsync(globals, ci, git, logger, publishUrl, cancellationToken).ConfigureAwait(false);
        return session.Connection;
    }

    /// <summary>Publishes what the report refers to and returns it pointing at the uploads.</summary>
    public async Task<string> PublishAssetsAsync(ForgeConnection connection, string markdown, string reportPath, string workspace, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var publisher = new ReportAssetPublisher(new Assets.WorkspaceGuard(workspace), loggers.CreateLogger("assets"));
        var published = await publisher.PublishAsync(markdown, reportPath, connection.Assets, cancellationToken).ConfigureAwait(false);
        return published.Markdown;
    }

    /// <summary>The report fitted into the forge's comment limit, leaving room for the watermark.</summary>
    public FittedReport Fit(ForgeConnection connection, string body, Watermark? watermark, string fullReportLocation)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var forgeLimit = ReportLimit.ForComment(connection.Forge.Limits);
        var limit = forgeLimit with { MaxSize = forgeLimit.MaxSize - (watermark is null ? 0 : watermark.Text.Length + 2) };
        var fitted = ReportBudget.Fit(body, limit, fullReportLocation);
        if (fitted.Changed)
        {
            logger.LogWarning(
                "the report has {Length} characters, more than {Forge} accepts in a comment; it was shortened ({Stages})",
                fitted.OriginalSize, connection.Forge.Name, fitted.Stages);
        }

        return fitted;
    }

    /// <summary>Resolves the target and updates our newest watermarked comment there, or creates one.</summary>
    /// <param name="connection">The forge.</param>
    /// <param name="ci">Where we run, for automatic targets.</param>
    /// <param name="git">Resolves commit revisions.</param>
    /// <param name="target">What <c>--target</c> (and its deprecated forms) asked for.</param>
    /// <param name="body">The fitted report with its watermark.</param>
    /// <param name="watermark">Finds the comment to update; null posts a new one.</param>
    /// <param name="update">Update our newest comment instead of adding one.</param>
    /// <param name="cancellationToken">Cancels the requests.</param>
    public async Task<Comment> PostAsync(
        ForgeConnection connection, CiContext ci, GitCli git, CommentTargetRequest target, string body, Watermark? watermark, bool update, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var targetContext = new ForgeTargetContext(ci, connection.Forge, git, logger);
        var resolved = await CommentTargetParser.ResolveAsync(target, targetContext, cancellationToken).ConfigureAwait(false);
        return await new CommentPublisher(connection.Forge, logger).PublishAsync(resolved, body, watermark, update, cancellationToken).ConfigureAwait(false);
    }
}
