using ContinuousMl.Errors;
using ContinuousMl.Git;
using ContinuousMl.Plots;
using Microsoft.Extensions.Logging;

namespace ContinuousMl.Cli.Commands;

/// <summary>
/// Runs <c>cml plot &lt;kind&gt;</c> in the current directory and prints the Markdown that embeds each chart, one
/// blank line after each, so <c>cml plot … &gt;&gt; report.md</c> appends ready-made paragraphs.
/// </summary>
/// <param name="imageRenderer">Creates the image renderer; only called for PNG and SVG, so Mermaid never loads Skia.</param>
public sealed class PlotCommandHandler(ILoggerFactory loggers, TextWriter stdout, Func<IChartImageRenderer> imageRenderer)
{
    public async Task<int> RunAsync(PlotRequest request, bool quiet, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var directory = Directory.GetCurrentDirectory();
        var runner = new PlotRunner(directory, new GitCli(directory, trustRepository: true), imageRenderer, loggers.CreateLogger("plot"));
        var charts = await runner.RunAsync(request, cancellationToken).ConfigureAwait(false);
        if (!quiet)
        {
            foreach (var chart in charts)
            {
                await stdout.WriteAsync(chart.Markdown.TrimEnd('\n') + "\n\n").ConfigureAwait(false);
            }

            await stdout.FlushAsync(cancellationToken).ConfigureAwait(false);
        }

        return ExitCodes.Success;
    }
}
