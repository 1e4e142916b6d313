using System.CommandLine;
using System.Globalization;
using ContinuousMl.Cli.Binding;
using ContinuousMl.Cli.Hosting;
using ContinuousMl.Errors;
using ContinuousMl.Metrics;
using Microsoft.Extensions.DependencyInjection;

namespace ContinuousMl.Cli.Commands;

/// <summary>
/// <c>metrics diff</c> and <c>params diff</c>: <c>dvc metrics diff</c>'s table without DVC, plus directions and
/// quality gates for metrics. One builder per kind, bound to <c>CML_METRICS_*</c> or <c>CML_PARAMS_*</c>.
/// </summary>
public sealed class MetricsDiffCommand
{
    private readonly CommandRuntime runtime;
    private readonly MetricsKind kind;
    private readonly BoundOptions bind;
    private readonly GlobalOptions globals;
    private readonly Argument<string[]> targets;
    private readonly Option<string?> baseRevision;
    private readonly Option<string?> headRevision;
    private readonly Option<bool> markdown;
    private readonly Option<bool> json;
    private readonly Option<bool> all;
    private readonly Option<bool> noPath;
    private readonly Option<string?> precision;
    private readonly Option<string?> row;
    private readonly Option<string?>? higherBetter;
    private readonly Option<string?>? lowerBetter;
    private readonly Option<string?>? failOn;

    public MetricsDiffCommand(CommandRuntime runtime, MetricsKind kind)
    {
        this.runtime = runtime;
        this.kind = kind;
        var noun = Noun;
        bind = new BoundOptions(kind == MetricsKind.Metrics ? "METRICS" : "PARAMS", runtime.Environment);
        globals = new GlobalOptions(bind);
        targets = new Argument<string[]>("files")
        {
            Description = $"{Capitalised} files to compare (JSON, YAML, TOML, CSV, TSV) [default: those in dvc.yaml, else dvclive/, else {(kind == MetricsKind.Metrics ? "metrics.json" : "params.yaml")}]",
            Arity = ArgumentArity.ZeroOrMore,
        };
        // A many-valued argument would otherwise swallow a mistyped flag as a file name.
        targets.Validators.Add(result =>
        {
            foreach (var token in result.Tokens.Where(token => token.Value.Length > 1 && token.Value.StartsWith('-')))
            {
                result.AddError($"Unrecognized option '{token.Value}' (a file whose name starts with '-' can be named ./{token.Value})");
            }
        });
        baseRevision = bind.Text("--base", "Branch, tag or commit to compare with [default: the pull request's target branch, else origin's default branch, else main]");
        headRevision = bind.Text("--head", "Branch, tag or commit to compare instead of the workspace");
        markdown = bind.Flag("--md", "Print a Markdown table (dvc's --md layout)", aliases: "--markdown");
        json = bind.Flag("--json", "Print JSON (dvc's --json shape)");
        all = bind.Flag("--all", $"Show unchanged {noun} too");
        noPath = bind.Flag("--no-path", "Leave out the Path column");
        precision = bind.Text(
            "--precision",
            kind == MetricsKind.Metrics
                ? $"Round numbers to this many decimal places [default: {DiffTableOptions.DefaultPrecision}]"
                : "Round numbers to this many decimal places [default: as written]");
        row = bind.Text("--row", "For CSV/TSV files: read the last row whose first column is this value [default: the last row]");
        if (kind == MetricsKind.Metrics)
        {
            higherBetter = bind.Text("--higher-better", "Comma-separated metric names or globs that improve upward (accuracy, f1… already do)");
            lowerBetter = bind.Text("--lower-better", "Comma-separated metric names or globs that improve downward (loss, error, mae, rmse, perplexity… already do)");
            failOn = bind.Text("--fail-on", "Comma-separated quality gates; exit 1 when one fails: accuracy<-0.01 (change), loss>+5% (relative change), f1<0.8 (value)");
        }
    }

    public BoundOptions Binding => bind;

    private string Noun => kind == MetricsKind.Metrics ? "metrics" : "params";

    private string Capitalised => kind == MetricsKind.Metrics ? "Metrics" : "Params";

    /// <summary>The <c>metrics</c> (or <c>params</c>) group with its <c>diff</c> subcommand.</summary>
    public Command Build()
    {
        var diff = new Command(
            "diff",
            kind == MetricsKind.Metrics
                ? "Compare metrics with another revision, like `dvc metrics diff` (no DVC needed); --fail-on turns it into a quality gate"
                : "Compare params with another revision, like `dvc params diff` (no DVC needed)");
        diff.Arguments.Add(targets);
        Option?[] own = [baseRevision, headRevision, markdown, json, all, noPath, precision, row, higherBetter, lowerBetter, failOn];
        foreach (var option in own.OfType<Option>())
        {
            diff.Options.Add(option);
        }

        globals.AddTo(diff);
        runtime.SetAction(
            diff,
            globals,
            bind,
            null,
            result => Read(result),
            (services, _, settings, token) => services.GetRequiredService<MetricsDiffHandler>().RunAsync(settings, token));

        var group = new Command(Noun, kind == MetricsKind.Metrics ? "Compare metrics files across revisions" : "Compare params files across revisions");
        group.Subcommands.Add(diff);
        return group;
    }

    private MetricsDiffSettings Read(ParseResult result)
    {
        var wantsMarkdown = result.GetValue(markdown);
        var wantsJson = result.GetValue(json);
        if (wantsMarkdown && wantsJson)
        {
            throw new CmlException("Arguments md and json are mutually exclusive", ExitCodes.Usage);
        }

        return new MetricsDiffSettings
        {
            Kind = kind,
            Targets = result.GetValue(targets) ?? [],
            Base = NullIfBlank(result.GetValue(baseRevision)),
            Head = NullIfBlank(result.GetValue(headRevision)),
            Format = wantsJson ? DiffOutputFormat.Json : wantsMarkdown ? DiffOutputFormat.Markdown : DiffOutputFormat.Plain,
            All = result.GetValue(all),
            ShowPath = !result.GetValue(noPath),
            Precision = ParsePrecision(result.GetValue(precision)),
            Row = NullIfBlank(result.GetValue(row)),
            HigherBetter = higherBetter is null ? [] : MetricGlob.ParseList(result.GetValue(higherBetter)),
            LowerBetter = lowerBetter is null ? [] : MetricGlob.ParseList(result.GetValue(lowerBetter)),
            FailOn = failOn is null ? [] : GateRuleParser.Parse(result.GetValue(failOn)),
        };
    }

    private int? ParsePrecision(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return kind == MetricsKind.Metrics ? DiffTableOptions.DefaultPrecision : null;
        }

        if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var digits) || digits > 28)
        {
            throw new CmlException($"--precision '{value}': expected a whole number of decimal places from 0 to 28", ExitCodes.Usage);
        }

        return digits;
    }

    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
