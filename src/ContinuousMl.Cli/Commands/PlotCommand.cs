using System.CommandLine;
using System.Globalization;
using ContinuousMl.Cli.Binding;
using ContinuousMl.Cli.Hosting;
using ContinuousMl.Errors;
using ContinuousMl.Plots;
using Microsoft.Extensions.DependencyInjection;

namespace ContinuousMl.Cli.Commands;

/// <summary>
/// <c>cml plot line|scatter|bar|confusion|roc|pr-curve</c>: charts from the files ML code writes, as PNG/SVG or
/// Mermaid, without Vega or Node. Options bind to <c>CML_PLOT_*</c>.
/// </summary>
public sealed class PlotCommand
{
    private static readonly string[] Formats = ["png", "svg", "mermaid"];

    private readonly CommandRuntime runtime;
    private readonly BoundOptions bind;
    private readonly GlobalOptions globals;
    private readonly Argument<string[]> inputs;
    private readonly Option<string?> x;
    private readonly Option<string[]> y;
    private readonly Option<string?> baseRevision;
    private readonly Option<string?> title;
    private readonly Option<string?> xLabel;
    private readonly Option<string?> yLabel;
    private readonly Option<string?> output;
    private readonly Option<string?> format;
    private readonly Option<string?> width;
    private readonly Option<string?> height;
    private readonly Option<string?> dpi;
    private readonly Option<string?> maxPoints;
    private readonly Option<string?> smooth;
    private readonly Option<bool> overlay;
    private readonly Option<bool> quiet;
    private readonly Option<string?> actual;
    private readonly Option<string?> predicted;
    private readonly Option<bool> normalize;
    private readonly Option<bool> matrix;

    public PlotCommand(CommandRuntime runtime)
    {
        this.runtime = runtime;
        bind = new BoundOptions("PLOT", runtime.Environment);
        globals = new GlobalOptions(bind);
        inputs = new Argument<string[]>("files")
        {
            Description = "CSV, TSV or JSON files, or folders of them (every file under a folder; DVCLive's dvclive/plots/metrics/ works as is)",
            Arity = ArgumentArity.OneOrMore,
        };
        // A many-valued argument would otherwise swallow a mistyped flag as a file name.
        inputs.Validators.Add(result =>
        {
            foreach (var token in result.Tokens.Where(token => token.Value.Length > 1 && token.Value.StartsWith('-')))
            {
                result.AddError($"Unrecognized option '{token.Value}' (a file whose name starts with '-' can be named ./{token.Value})");
            }
        });
        x = bind.Text("-x", "Column for the x axis [default: step, else the row number]", aliases: "--x");
        y = new Option<string[]>("-y", "--y")
        {
            Description = "Column to plot; repeat for several series (bar: metric names) [default: the last numeric column]",
            Arity = ArgumentArity.OneOrMore,
            AllowMultipleArgumentsPerToken = false,
        };
        baseRevision = bind.Text("--base", "Branch, tag or commit whose copy of the same files is drawn alongside (fetched from origin if this clone lacks it)");
        title = bind.Text("--title", "Chart title [default: the file's name]");
        xLabel = bind.Text("--x-label", "x axis title [default: the x column]");
        yLabel = bind.Text("--y-label", "y axis title [default: the y column]");
        output = bind.Text("--output", "Image file, or folder when there are several charts; a .md file for Mermaid [default: <name>.png here]", aliases: "-o");
        format = bind.Choice("--format", "png, svg, or mermaid (an xychart-beta block with a Markdown legend) [default: from -o's extension, else png]", Formats);
        width = bind.Text("--width", $"Image width in pixels at 96 dpi [default: {PlotRequest.DefaultWidth}]");
        height = bind.Text("--height", $"Image height in pixels at 96 dpi [default: {PlotRequest.DefaultHeight}]");
        dpi = bind.Text("--dpi", "Resolution: 192 draws the same chart with twice the pixels [default: 96]");
        maxPoints = bind.Text("--max-points", $"Most points per Mermaid line; longer series are downsampled with LTTB [default: {PlotRequest.DefaultMaxPoints}]");
        smooth = bind.Text("--smooth", "Line charts: moving average over this many points, raw data drawn faintly behind [default: none]");
        overlay = bind.Flag("--overlay", "Draw every file on one chart instead of one chart per file");
        quiet = bind.Flag("--quiet", "Print nothing (by default the Markdown that embeds each chart is printed, for >> report.md)");
        actual = bind.Text("--actual", "Confusion: the column of true classes [default: actual]");
        predicted = bind.Text("--predicted", "Confusion: the column of predicted classes [default: predicted]");
        normalize = bind.Flag("--normalize", "Confusion: show each true class's shares (rows sum to 1) instead of counts", aliases: "--normalized");
        matrix = bind.Flag("--matrix", "Confusion: the file is already a count matrix (first column the true class, one column per predicted class)");
    }

    public BoundOptions Binding => bind;

    /// <summary>The <c>plot</c> group and one subcommand per chart kind.</summary>
    public Command Build()
    {
        var group = new Command("plot", "Draw charts from CSV, TSV, JSON or DVCLive files as PNG, SVG or Mermaid (no Vega, no Node)");
        Option[] common = [baseRevision, title, output, format, width, height, dpi, quiet];
        Option[] xy = [x, y, xLabel, yLabel, overlay, maxPoints];
        group.Subcommands.Add(Subcommand("line", PlotKind.Line, "Training curves: one line per y column, the base's dashed", [.. common, .. xy, smooth]));
        group.Subcommands.Add(Subcommand("scatter", PlotKind.Scatter, "Points of y against x", [.. common, .. xy]));
        group.Subcommands.Add(Subcommand("bar", PlotKind.Bar, "Final metric values, base next to head (JSON metrics, or a table's last row)", [.. common, y, yLabel]));
        group.Subcommands.Add(Subcommand("confusion", PlotKind.Confusion, "Confusion matrix from actual/predicted columns or a count matrix", [.. common, actual, predicted, normalize, matrix]));
        group.Subcommands.Add(Subcommand("roc", PlotKind.Roc, "ROC curve from fpr/tpr columns (DVCLive's sklearn/roc.json), with its AUC", [.. common, .. xy]));
        group.Subcommands.Add(Subcommand("pr-curve", PlotKind.PrecisionRecall, "Precision-recall curve from precision/recall columns, with its AUC", [.. common, .. xy]));
        return group;
    }

    private Command Subcommand(string name, PlotKind kind, string description, Option[] options)
    {
        var command = new Command(name, description);
        command.Arguments.Add(inputs);
        foreach (var option in options)
        {
            command.Options.Add(option);
        }

        globals.AddTo(command);
        runtime.SetAction(
            command,
            globals,
            bind,
            null,
            result => (Request: Read(result, kind), Silent: result.GetValue(quiet)),
            (services, _, settings, token) => services.GetRequiredService<PlotCommandHandler>().RunAsync(settings.Request, settings.Silent, token));
        return command;
    }

    private PlotRequest Read(ParseResult result, PlotKind kind) => new()
    {
        Kind = kind,
        Inputs = result.GetValue(inputs) ?? [],
        X = result.GetValue(x),
        Y = result.GetValue(y) ?? [],
        BaseRevision = result.GetValue(baseRevision),
        Title = result.GetValue(title),
        XLabel = result.GetValue(xLabel),
        YLabel = result.GetValue(yLabel),
        Output = result.GetValue(output),
        Format = result.GetValue(format) switch
        {
            "png" => PlotFormat.Png,
            "svg" => PlotFormat.Svg,
            "mermaid" => PlotFormat.Mermaid,
            _ => null,
        },
        Width = Integer(result, width, PlotRequest.DefaultWidth),
        Height = Integer(result, height, PlotRequest.DefaultHeight),
        Dpi = Integer(result, dpi, ImageOptions.ReferenceDpi),
        MaxPoints = Integer(result, maxPoints, PlotRequest.DefaultMaxPoints),
        Smooth = Integer(result, smooth, 0),
        Overlay = result.GetValue(overlay),
        Actual = result.GetValue(actual) ?? "actual",
        Predicted = result.GetValue(predicted) ?? "predicted",
        Normalize = result.GetValue(normalize),
        Matrix = result.GetValue(matrix),
    };

    /// <summary>Numbers arrive as text so <c>CML_PLOT_*</c> variables bind like every other option.</summary>
    private static int Integer(ParseResult result, Option<string?> option, int defaultValue)
    {
        var text = result.GetValue(option);
        if (string.IsNullOrWhiteSpace(text))
        {
            return defaultValue;
        }

        return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new CmlException($"{option.Name} '{text}' is not a whole number", ExitCodes.Usage);
    }
}
