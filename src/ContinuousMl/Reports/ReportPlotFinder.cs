using System.Text;
using ContinuousMl.Metrics;
using ContinuousMl.Plots;
using Microsoft.Extensions.Logging;

namespace ContinuousMl.Reports;

/// <summary>
/// Which charts a report draws: the <c>plots:</c> that <c>dvc.yaml</c> declares, else DVCLive's layout
/// (<c>dvclive/plots/metrics/</c> as line charts, <c>dvclive/plots/sklearn/</c>'s confusion matrix, ROC and
/// precision-recall curves). Paths that exist neither in the workspace nor in the baseline are left out with a
/// log line, so a declared but not yet produced plot does not stop the report.
/// </summary>
public static class ReportPlotFinder
{
    public const string DvcLivePlots = "dvclive/plots";

    /// <param name="directory">The working directory: where <c>dvc.yaml</c> and <c>dvclive/</c> are.</param>
    /// <param name="exists">Whether a path (file or folder, relative to <paramref name="directory"/>) exists on either side.</param>
    /// <param name="logger">Says where the plots came from and which were skipped.</param>
    /// <param name="cancellationToken">Cancels the checks.</param>
    public static async Task<IReadOnlyList<PlotRequest>> FindAsync(
        string directory,
        Func<string, CancellationToken, Task<bool>> exists,
        ILogger logger,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(exists);
        ArgumentNullException.ThrowIfNull(logger);
        var declared = ReadDvcYaml(directory);
        var candidates = declared.Count > 0 ? declared : DvcLiveLayout(directory);
        var origin = declared.Count > 0 ? $"declared in {DvcProjectFile.FileName}" : "DVCLive's layout";
        var found = new List<PlotRequest>();
        foreach (var plot in candidates)
        {
            var inputs = new List<string>();
            foreach (var input in plot.Inputs)
            {
                if (await exists(input, cancellationToken).ConfigureAwait(false))
                {
                    inputs.Add(input);
                }
                else
                {
                    logger.LogInformation("plot {Path} ({Origin}) exists neither here nor at the base; left out", input, origin);
                }
            }

            if (inputs.Count > 0)
            {
                found.Add(plot with { Inputs = inputs });
            }
        }

        logger.LogDebug("{Count} plot(s) from {Origin}", found.Count, origin);
        return found;
    }

    private static IReadOnlyList<PlotRequest> ReadDvcYaml(string directory)
    {
        var path = Path.Combine(directory, DvcProjectFile.FileName);
        if (!File.Exists(path))
        {
            return [];
        }

        using var reader = new StreamReader(path, Encoding.UTF8);
        return DvcPlotsReader.Read(reader, DvcProjectFile.FileName);
    }

    private static List<PlotRequest> DvcLiveLayout(string directory)
    {
        var plots = new List<PlotRequest>();
        if (Directory.Exists(Path.Combine(directory, DvcLivePlots, "metrics")))
        {
            plots.Add(new PlotRequest { Kind = PlotKind.Line, Inputs = [$"{DvcLivePlots}/metrics"] });
        }

        var sklearn = $"{DvcLivePlots}/sklearn";
        AddIfPresent(plots, directory, new PlotRequest { Kind = PlotKind.Confusion, Inputs = [$"{sklearn}/confusion_matrix.json"], Title = "confusion matrix" });
        AddIfPresent(plots, directory, new PlotRequest { Kind = PlotKind.Roc, Inputs = [$"{sklearn}/roc.json"], Title = "ROC" });
        AddIfPresent(plots, directory, new PlotRequest { Kind = PlotKind.PrecisionRecall, Inputs = [$"{sklearn}/precision_recall.json"], Title = "precision-recall" });
        return plots;
    }

    private static void AddIfPresent(List<PlotRequest> plots, string directory, PlotRequest plot)
    {
        if (File.Exists(Path.Combine(directory, plot.Inputs[0])))
        {
            plots.Add(plot);
        }
    }
}
