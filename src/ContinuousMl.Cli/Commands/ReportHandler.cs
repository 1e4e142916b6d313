using ContinuousMl.Assets;
using ContinuousMl.Ci;
using ContinuousMl.Cli.Hosting;
using ContinuousMl.Comments;
using ContinuousMl.Errors;
using ContinuousMl.Git;
using ContinuousMl.Metrics;
using ContinuousMl.Plots;
using ContinuousMl.Reports;
using Microsoft.Extensions.Logging;

namespace ContinuousMl.Cli.Commands;

/// <summary>
/// Runs <c>cml report</c>: render the report into its folder (and an HTML preview), post it with the comment
/// machinery, and append it to the job summary. A read-only token (a fork's pull request) is not a failure: the
/// report goes to the job summary and a warning explains the two-workflow pattern. A failed post keeps the report
/// on disk and in the job summary. Failed quality gates end the command with exit code 1 once the report is out.
/// </summary>
public sealed class ReportHandler(
    IEnvironmentVariables environment,
    ForgeSessionOpener opener,
    ILoggerFactory loggers,
    TextWriter stdout,
    Func<IChartImageRenderer> imageRenderer)
{
    private readonly ILogger logger = loggers.CreateLogger("report");
    private readonly CommentPoster poster = new(opener, loggers);

    public async Task<int> RunAsync(GlobalSettings globals, ReportSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(globals);
        ArgumentNullException.ThrowIfNull(settings);
        var directory = Directory.GetCurrentDirectory();
        var git = new GitCli(directory, trustRepository: true);
        var detection = await CiDetector.CreateDefault(environment, git).DetectAsync(cancellationToken).ConfigureAwait(false);
        foreach (var warning in detection.Warnings)
        {
            logger.LogWarning("{Warning}", warning);
        }

        var ci = detection.Context;
        var topLevel = await git.TopLevelAsync(cancellationToken).ConfigureAwait(false);
        var workspace = topLevel ?? directory;
        var output = Path.GetFullPath(settings.Output, directory);
        var driver = await DialectAsync(globals, ci, git, cancellationToken).ConfigureAwait(false);
        var form = settings.Images || driver == DriverResolver.Bitbucket ? ChartForm.Images : ChartForm.Mermaid;
        var commit = ci.Sha ?? await git.TryRevParseAsync("HEAD", cancellationToken).ConfigureAwait(false);

        var request = new ReportRequest
        {
            WorkingDirectory = directory,
            OutputDirectory = output,
            Base = await ResolveBaseAsync(settings.Base, directory, topLevel is not null, git, cancellationToken).ConfigureAwait(false),
            Template = await ReadTemplateAsync(settings.Template, cancellationToken).ConfigureAwait(false),
            Notes = settings.Append is null ? null : await ReportNotes.EmbedAsync(settings.Append, output, new WorkspaceGuard(workspace), cancellationToken).ConfigureAwait(false),
            Charts = form,
            FailOn = settings.FailOn,
            HigherBetter = settings.HigherBetter,
            LowerBetter = settings.LowerBetter,
            Precision = settings.Precision,
            Commit = commit,
        };
        logger.LogInformation("comparing with {Base}; charts as {Form} for {Driver}", request.Base.Description, form, driver);
        var built = await new ReportBuilder(topLevel is null ? null : git, imageRenderer, logger).BuildAsync(request, cancellationToken).ConfigureAwait(false);
        var shown = Path.GetRelativePath(directory, built.ReportFile);

        if (settings.Html is not null)
        {
            var html = ReportHtmlWriter.Write(built.Markdown, output, new WorkspaceGuard(workspace), settings.MermaidScript, "Model report");
            await File.WriteAllTextAsync(Path.GetFullPath(settings.Html, directory), html, cancellationToken).ConfigureAwait(false);
            logger.LogInformation("Wrote the HTML preview {Path}", settings.Html);
        }

        var summaryFile = settings.Summary ? ci.SummaryFile : null;
        var location = FullReportLocation(ci, shown, summaryFile is not null);
        if (!settings.Post)
        {
            await WriteSummaryAsync(summaryFile, built.Markdown, $"in `{shown}` of the job's workspace").ConfigureAwait(false);
            await stdout.WriteLineAsync(shown).ConfigureAwait(false);
            return Finish(built);
        }

        if (ci.IsForkPullRequest)
        {
            return await FallBackAsync(
                "this run is for a pull request from a fork, whose token is read-only", settings, summaryFile, built, shown).ConfigureAwait(false);
        }

        string? published = null;
        try
        {
            var connection = await poster.ConnectAsync(globals, settings.PublishUrl, ci, git, cancellationToken).ConfigureAwait(false);
            published = await poster.PublishAssetsAsync(connection, built.Markdown, built.ReportFile, AssetRoot(output, workspace), cancellationToken).ConfigureAwait(false);
            var watermark = new Watermark(settings.WatermarkTitle, ci.WorkflowId, ci.RunId, commit);
            var fitted = poster.Fit(connection, published, watermark, location);
            var comment = await poster.PostAsync(
                connection, ci, git, new CommentTargetRequest(settings.Target), watermark.AppendTo(fitted.Text), watermark, settings.Update, cancellationToken).ConfigureAwait(false);
            await WriteSummaryAsync(summaryFile, published, $"in `{shown}` of the job's workspace").ConfigureAwait(false);
            await stdout.WriteLineAsync(comment.Url).ConfigureAwait(false);
        }
        catch (CmlException ex) when (ReadOnlyTokenAdvice.IsReadOnlyRefusal(ex))
        {
            return await FallBackAsync($"the forge refused to write with this token ({ReadOnlyTokenAdvice.GitHubMessage})", settings, summaryFile, built, shown).ConfigureAwait(false);
        }
        catch (CmlException ex)
        {
            var inSummary = await WriteSummaryAsync(summaryFile, published ?? built.Markdown, $"in `{shown}` of the job's workspace").ConfigureAwait(false);
            throw new CmlException(
                $"{ex.Message} (the rendered report is in {shown}{(inSummary ? " and in the job summary" : string.Empty)})", ex.ExitCode, ex);
        }

        return Finish(built);
    }

    /// <summary>Which forge's Markdown to write: the one we would post to; GitHub's when none can be told (a local preview).</summary>
    private async Task<string> DialectAsync(GlobalSettings globals, CiContext ci, GitCli git, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrWhiteSpace(globals.Driver))
        {
            return DriverResolver.Validate(globals.Driver);
        }

        try
        {
            var repository = await ForgeSessionOpener.ResolveRepositoryAsync(globals.Repo, ci, git, cancellationToken).ConfigureAwait(false);
            return DriverResolver.Resolve(null, repository, environment);
        }
        catch (CmlException ex)
        {
            logger.LogDebug("no forge known ({Message}); writing GitHub's Markdown", ex.Message);
            return DriverResolver.GitHub;
        }
    }

    /// <summary>
    /// A folder when the value is written as a path (<c>./x</c>, <c>../x</c>, <c>x/</c>, absolute) or names a folder and
    /// no revision; otherwise a revision, fetched in a shallow clone as <c>metrics diff</c> does.
    /// </summary>
    private async Task<ReportBase> ResolveBaseAsync(string? requested, string directory, bool inGit, GitCli git, CancellationToken cancellationToken)
    {
        if (requested is not null && (LooksLikeFolder(requested) || (Directory.Exists(Path.GetFullPath(requested, directory))
            && (!inGit || await git.TryRevParseAsync(requested + "^{commit}", cancellationToken).ConfigureAwait(false) is null))))
        {
            var folder = Path.GetFullPath(requested, directory);
            return Directory.Exists(folder)
                ? ReportBase.FromFolder(FolderLabel(requested), folder)
                : throw new CmlException($"--base {requested}: no such folder");
        }

        if (!inGit)
        {
            throw new CmlException("not inside a git repository: compare with a folder of baseline files instead (--base ./baseline)");
        }

        var revision = requested;
        if (revision is null)
        {
            var chosen = await BaseRevision.ChooseAsync(environment, git, cancellationToken).ConfigureAwait(false);
            revision = chosen.Revision;
            logger.LogInformation("comparing with {Revision} ({Reason}); --base chooses another", chosen.Revision, chosen.Reason);
        }

        var commit = await new RevisionResolver(git, logger).ResolveAsync(revision, "--base", cancellationToken).ConfigureAwait(false);
        return ReportBase.Revision(revision, commit);
    }

    // `./baseline/` reads as `baseline` in table headers and legends.
    private static string FolderLabel(string value)
    {
        var label = value.TrimEnd('/', Path.DirectorySeparatorChar);
        while (label.StartsWith("./", StringComparison.Ordinal))
        {
            label = label[2..];
        }

        return label.Length == 0 ? "." : label;
    }

    /// <summary>
    /// Where published files must be: the workspace, or the report folder itself when <c>--out</c> is elsewhere (the
    /// charts and the notes' files are copied there, so the report needs nothing outside it).
    /// </summary>
    private static string AssetRoot(string output, string workspace)
    {
        var relative = Path.GetRelativePath(workspace, output);
        return relative == ".." || relative.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal) || Path.IsPathRooted(relative)
            ? output
            : workspace;
    }

    private static bool LooksLikeFolder(string value) =>
        value.StartsWith("./", StringComparison.Ordinal) || value.StartsWith("../", StringComparison.Ordinal)
        || value.EndsWith('/') || Path.IsPathRooted(value);

    private static async Task<ReportTemplate> ReadTemplateAsync(string? path, CancellationToken cancellationToken)
    {
        if (path is null)
        {
            return ReportTemplate.Default();
        }

        try
        {
            return ReportTemplate.Parse(await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false), path);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new CmlException($"--template {path}: file not found");
        }
    }

    private static string FullReportLocation(CiContext ci, string shown, bool inSummary)
    {
        var job = CiJobUrl.Of(ci);
        return (inSummary, job) switch
        {
            (true, not null) => $"in the job summary of {job} and in `{shown}` of the job's workspace",
            (_, not null) => $"in `{shown}` of the job's workspace ({job})",
            _ => $"in `{shown}` of the job's workspace",
        };
    }

    private async Task<int> FallBackAsync(string reason, ReportSettings settings, string? summaryFile, BuiltReport built, string shown)
    {
        var inSummary = await WriteSummaryAsync(summaryFile, built.Markdown, $"in `{shown}` of the job's workspace").ConfigureAwait(false);
        var advice = ReadOnlyTokenAdvice.Explain(reason, Path.GetDirectoryName(shown) is { Length: > 0 } folder ? folder + "/" : shown, inSummary);
        if (settings.Strict)
        {
            throw new CmlException(advice);
        }

        logger.LogWarning("{Advice}", advice);
        return Finish(built);
    }

    /// <summary>Appends to the job summary when there is one; never fails the command over it.</summary>
    private async Task<bool> WriteSummaryAsync(string? summaryFile, string markdown, string location)
    {
        if (summaryFile is null)
        {
            return false;
        }

        try
        {
            var fitted = await JobSummaryWriter.AppendAsync(summaryFile, markdown, location, CancellationToken.None).ConfigureAwait(false);
            if (fitted is null)
            {
                logger.LogWarning("the job summary {Path} is full (1 MiB per step); the report was not added to it", summaryFile);
                return false;
            }

            logger.LogInformation("added the report to the job summary{Shortened}", fitted.Changed ? $" (shortened: {fitted.Stages})" : string.Empty);
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            logger.LogWarning("could not write the job summary {Path}: {Message}", summaryFile, ex.Message);
            return false;
        }
    }

    private static int Finish(BuiltReport built)
    {
        if (!built.Gates.Passed)
        {
            throw new CmlException("quality gate failed: " + string.Join("; ", built.Gates.Failures.Select(failure => failure.Message)));
        }

        return ExitCodes.Success;
    }
}
