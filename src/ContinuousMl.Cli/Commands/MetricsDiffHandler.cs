using ContinuousMl.Ci;
using ContinuousMl.Errors;
using ContinuousMl.Git;
using ContinuousMl.Metrics;
using Microsoft.Extensions.Logging;

namespace ContinuousMl.Cli.Commands;

/// <summary>
/// Runs <c>metrics diff</c> / <c>params diff</c>: choose and resolve the revisions, find the files, read both sides,
/// diff, check the gates, print. The table goes to stdout before a failed gate ends the command, so
/// <c>&gt;&gt; report.md</c> still gets it.
/// </summary>
public sealed class MetricsDiffHandler(IEnvironmentVariables environment, ILoggerFactory loggers, TextWriter stdout)
{
    public async Task<int> RunAsync(MetricsDiffSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var noun = settings.Kind == MetricsKind.Metrics ? "metrics" : "params";
        var logger = loggers.CreateLogger(noun);
        var directory = Directory.GetCurrentDirectory();
        var git = new GitCli(directory, trustRepository: true);
        var prefix = await git.RunAsync(["rev-parse", "--show-prefix"], cancellationToken).ConfigureAwait(false);
        if (!prefix.Succeeded)
        {
            throw new CmlException($"not inside a git repository: `cml {noun} diff` reads the base side from git history; run it in a checkout");
        }

        var resolver = new RevisionResolver(git, logger);
        var baseRevision = settings.Base;
        if (baseRevision is null)
        {
            var chosen = await BaseRevision.ChooseAsync(environment, git, cancellationToken).ConfigureAwait(false);
            baseRevision = chosen.Revision;
            logger.LogInformation("comparing with {Revision} ({Reason}); --base chooses another", chosen.Revision, chosen.Reason);
        }

        var repositoryPrefix = prefix.StandardOutput.Trim();
        var baseCommit = await resolver.ResolveAsync(baseRevision, "--base", cancellationToken).ConfigureAwait(false);
        await using var baseSide = new GitRevisionMetricsSide(git, baseRevision, baseCommit, repositoryPrefix);
        await using MetricsSide headSide = settings.Head is { } head
            ? new GitRevisionMetricsSide(git, head, await resolver.ResolveAsync(head, "--head", cancellationToken).ConfigureAwait(false), repositoryPrefix)
            : new WorkspaceMetricsSide(directory);

        var targets = await MetricsFileLocator.LocateAsync(settings.Kind, settings.Targets, directory, headSide, baseSide, cancellationToken).ConfigureAwait(false);
        logger.LogInformation("{Noun} files ({Origin}): {Files}", noun, targets.Origin, string.Join(", ", targets.Files.Select(file => file.Path)));

        var diff = await MetricsComparer.CompareAsync(targets.Files, baseSide, headSide, settings.Row, cancellationToken).ConfigureAwait(false);
        foreach (var missing in diff.MissingEverywhere)
        {
            if (targets.Explicit)
            {
                throw new CmlException($"{missing}: not found in the {headSide.Label} nor at {baseSide.Label}; check the path (it is relative to the current directory)");
            }

            logger.LogWarning("{Path} is declared but exists neither in the {Head} nor at {Base}", missing, headSide.Label, baseSide.Label);
        }

        var gates = settings.FailOn.Count > 0 ? GateEvaluator.Evaluate(settings.FailOn, diff) : GateReport.Empty;
        foreach (var skipped in gates.Skipped)
        {
            logger.LogInformation("{Skipped}", skipped);
        }

        var options = new DiffTableOptions
        {
            Title = settings.Kind == MetricsKind.Metrics ? "Metric" : "Param",
            ShowPath = settings.ShowPath,
            ShowChange = settings.Kind == MetricsKind.Metrics,
            All = settings.All,
            Precision = settings.Precision,
            Directions = settings.Kind == MetricsKind.Metrics ? new MetricDirections(settings.HigherBetter, settings.LowerBetter) : null,
        };
        await stdout.WriteAsync(Render(diff, options, gates, settings.Format, logger, noun).AsMemory(), cancellationToken).ConfigureAwait(false);
        await stdout.FlushAsync(cancellationToken).ConfigureAwait(false);

        if (!gates.Passed)
        {
            throw new CmlException("quality gate failed: " + string.Join("; ", gates.Failures.Select(failure => failure.Message)));
        }

        if (settings.FailOn.Count > 0)
        {
            logger.LogInformation("quality gate passed: {Rules}", string.Join(", ", settings.FailOn.Select(rule => rule.Text)));
        }

        return ExitCodes.Success;
    }

    private static string Render(MetricsDiff diff, DiffTableOptions options, GateReport gates, DiffOutputFormat format, ILogger logger, string noun)
    {
        if (format == DiffOutputFormat.Json)
        {
            return JsonDiffWriter.Write(diff, options, gates);
        }

        var table = DiffTableBuilder.Build(diff, options, gates);
        if (format == DiffOutputFormat.Markdown)
        {
            return MarkdownTableWriter.Write(table);
        }

        if (table.Rows.Count == 0)
        {
            logger.LogInformation("no {Noun} changed between {Base} and {Head}", noun, diff.BaseLabel, diff.HeadLabel);
            return string.Empty;
        }

        return PlainTableWriter.Write(table);
    }
}
