using System.Text;
using ContinuousMl.Errors;
using ContinuousMl.Git;
using ContinuousMl.Metrics;
using ContinuousMl.Plots;
using Microsoft.Extensions.Logging;

namespace ContinuousMl.Reports;

/// <summary>
/// Renders <c>report.md</c> in one go: the metrics and params diffs (<c>cml metrics diff</c>'s code), the quality
/// gates and the verdict, a chart for every plot found (<c>cml plot</c>'s code), the user's notes, all poured into
/// the template. Nothing here posts; the result is a folder a later step (or a later workflow) can post.
/// </summary>
/// <param name="git">Reads a revision base; null when comparing with a folder outside git.</param>
/// <param name="imageRenderer">Draws PNG charts; called only when one is drawn.</param>
/// <param name="logger">Progress on stderr.</param>
public sealed class ReportBuilder(GitCli? git, Func<IChartImageRenderer> imageRenderer, ILogger logger)
{
    public async Task<BuiltReport> BuildAsync(ReportRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var directory = request.WorkingDirectory;
        var head = new WorkspaceMetricsSide(directory);
        var baseSide = await BaseMetricsSideAsync(request, cancellationToken).ConfigureAwait(false);
        await using var closeBase = baseSide.ConfigureAwait(false);
        var directions = new MetricDirections(request.HigherBetter, request.LowerBetter);
        var compared = request.Base.Description;

        var metrics = await CompareAsync(MetricsKind.Metrics, directory, head, baseSide, cancellationToken).ConfigureAwait(false);
        var gates = Evaluate(request.FailOn, metrics);
        foreach (var skipped in gates.Skipped)
        {
            logger.LogInformation("{Skipped}", skipped);
        }

        var metricsTable = metrics is null
            ? "No metrics files found: declare them in `dvc.yaml`, or write `dvclive/metrics.json` or `metrics.json`.\n"
            : Table(metrics, new DiffTableOptions
            {
                Title = "Metric",
                ShowPath = metrics.Rows.Select(row => row.Path).Distinct(StringComparer.Ordinal).Skip(1).Any(),
                Precision = request.Precision,
                Directions = directions,
            }, gates, "metric", compared);

        var parameters = await CompareAsync(MetricsKind.Params, directory, head, baseSide, cancellationToken).ConfigureAwait(false);
        var paramsTable = parameters is null
            ? "No params files found.\n"
            : Table(parameters, new DiffTableOptions
            {
                Title = "Param",
                ShowPath = parameters.Rows.Select(row => row.Path).Distinct(StringComparer.Ordinal).Skip(1).Any(),
                ShowChange = false,
                Precision = null,
            }, GateReport.Empty, "param", compared);

        var charts = await ChartsAsync(request, cancellationToken).ConfigureAwait(false);
        var chartsText = charts.Count == 0
            ? $"No plots found: declare `plots:` in `dvc.yaml`, or log them with DVCLive (`{ReportPlotFinder.DvcLivePlots}/`).\n"
            : string.Join("\n", charts.Select(chart => chart.Markdown.TrimEnd('\n') + "\n"));

        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["verdict"] = ReportVerdict.Write(metrics, request.FailOn, gates, directions, compared),
            ["metrics"] = metricsTable,
            ["params"] = paramsTable,
            ["charts"] = chartsText,
            ["notes"] = request.Notes ?? string.Empty,
            ["base"] = request.Base.Label,
            ["commit"] = request.Commit is { Length: > 7 } commit ? commit[..7] : request.Commit ?? string.Empty,
        };
        var markdown = request.Template.Render(values);

        Directory.CreateDirectory(request.OutputDirectory);
        var file = Path.Combine(request.OutputDirectory, BuiltReport.FileName);
        await File.WriteAllTextAsync(file, markdown, new UTF8Encoding(false), cancellationToken).ConfigureAwait(false);
        logger.LogInformation("Wrote {Path} ({Charts} chart(s))", file, charts.Count);
        return new BuiltReport(markdown, file, charts, gates);
    }

    private async Task<MetricsSide> BaseMetricsSideAsync(ReportRequest request, CancellationToken cancellationToken)
    {
        if (request.Base.IsFolder)
        {
            return new FolderMetricsSide(request.Base.Label, request.Base.Folder!);
        }

        var prefix = await RequireGit().RunAsync(["rev-parse", "--show-prefix"], cancellationToken).ConfigureAwait(false);
        return new GitRevisionMetricsSide(RequireGit(), request.Base.Label, request.Base.Commit!, prefix.Succeeded ? prefix.StandardOutput.Trim() : string.Empty);
    }

    private async Task<MetricsDiff?> CompareAsync(MetricsKind kind, string directory, MetricsSide head, MetricsSide baseSide, CancellationToken cancellationToken)
    {
        MetricsTargets targets;
        try
        {
            targets = await MetricsFileLocator.LocateAsync(kind, [], directory, head, baseSide, cancellationToken).ConfigureAwait(false);
        }
        catch (CmlException ex) when (ex is not MetricsFileException)
        {
            // No files of this kind is a section that says so, not a failed report.
            logger.LogInformation("{Message}", ex.Message);
            return null;
        }

        logger.LogInformation("{Kind} files ({Origin}): {Files}", kind, targets.Origin, string.Join(", ", targets.Files.Select(file => file.Path)));
        var diff = await MetricsComparer.CompareAsync(targets.Files, baseSide, head, row: null, cancellationToken).ConfigureAwait(false);
        foreach (var missing in diff.MissingEverywhere)
        {
            logger.LogWarning("{Path} is declared but exists neither in the {Head} nor in {Base}", missing, head.Label, baseSide.Label);
        }

        return diff;
    }

    private static GateReport Evaluate(IReadOnlyList<GateRule> rules, MetricsDiff? metrics)
    {
        if (rules.Count == 0)
        {
            return GateReport.Empty;
        }

        // A gate with nothing to check must not pass: the metrics may not have been written at all.
        return metrics is null
            ? new GateReport(rules.Select(rule => new GateFailure(rule, null, $"{rule.Text}: no metrics files were found to check it against")).ToList(), [])
            : GateEvaluator.Evaluate(rules, metrics);
    }

    private static string Table(MetricsDiff diff, DiffTableOptions options, GateReport gates, string noun, string compared)
    {
        var table = DiffTableBuilder.Build(diff, options, gates);
        return table.Rows.Count == 0 ? $"No {noun} changed compared with {compared}.\n" : MarkdownTableWriter.Write(table);
    }

    private async Task<IReadOnlyList<ReportChart>> ChartsAsync(ReportRequest request, CancellationToken cancellationToken)
    {
        var directory = request.WorkingDirectory;
        var writer = new ReportChartWriter(request.OutputDirectory, imageRenderer, logger);
        if (request.Base.IsFolder)
        {
            var folder = new BaselineFolderPlotInputResolver(directory, request.Base);
            var plots = await ReportPlotFinder.FindAsync(directory, (path, _) => Task.FromResult(folder.Exists(path)), logger, cancellationToken).ConfigureAwait(false);
            return await writer.WriteAsync(
                plots,
                (plot, _) => Task.FromResult(folder.Resolve(plot.Inputs)),
                new BaseSide(request.Base.Label, string.Empty),
                request.Charts,
                cancellationToken).ConfigureAwait(false);
        }

        var files = new GitFileReader(RequireGit());
        var baseSide = new BaseSide(request.Base.Label, request.Base.Commit!);
        var resolver = new PlotInputResolver(directory, files);
        var found = await ReportPlotFinder.FindAsync(
            directory,
            async (path, token) => Path.Exists(Path.Combine(directory, path))
                || await files.KindAsync(baseSide.Commit, await files.RepositoryPathAsync(path, token).ConfigureAwait(false), token).ConfigureAwait(false) != GitObjectKind.Missing,
            logger,
            cancellationToken).ConfigureAwait(false);
        return await writer.WriteAsync(found, (plot, token) => resolver.ResolveAsync(plot.Inputs, baseSide, token), baseSide, request.Charts, cancellationToken).ConfigureAwait(false);
    }

    private GitCli RequireGit() => git ?? throw new CmlException("comparing with a git revision needs a git checkout; compare with a folder instead (--base ./baseline)");
}
