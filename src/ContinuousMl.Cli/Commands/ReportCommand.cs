using System.CommandLine;
using System.Globalization;
using ContinuousMl.Cli.Binding;
using ContinuousMl.Cli.Hosting;
using ContinuousMl.Errors;
using ContinuousMl.Metrics;
using ContinuousMl.Reports;
using Microsoft.Extensions.DependencyInjection;

namespace ContinuousMl.Cli.Commands;

/// <summary>
/// <c>cml report</c>: metrics and params diffs, gates, charts and the user's notes in one comment, posted (or
/// updated) on the pull request and written to the job summary. Options bind to <c>CML_REPORT_*</c>.
/// </summary>
public sealed class ReportCommand
{
    private readonly CommandRuntime runtime;
    private readonly BoundOptions bind;
    private readonly GlobalOptions globals;
    private readonly Option<string?> baseRevision;
    private readonly Option<string?> template;
    private readonly Option<string?> append;
    private readonly Option<string?> output;
    private readonly Option<bool> post;
    private readonly Option<bool> images;
    private readonly Option<bool> summary;
    private readonly Option<bool> strict;
    private readonly Option<string?> html;
    private readonly Option<string?> mermaidScript;
    private readonly Option<string?> failOn;
    private readonly Option<string?> higherBetter;
    private readonly Option<string?> lowerBetter;
    private readonly Option<string?> precision;
    private readonly Option<string?> target;
    private readonly Option<string?> watermarkTitle;
    private readonly Option<bool> update;
    private readonly Option<string?> publishUrl;

    public ReportCommand(CommandRuntime runtime)
    {
        this.runtime = runtime;
        bind = new BoundOptions("REPORT", runtime.Environment);
        globals = new GlobalOptions(bind);
        baseRevision = bind.Text("--base", "Branch, tag or commit to compare with, or a folder with the same layout (./baseline) [default: the pull request's target branch, else origin's default branch, else main]");
        template = bind.Text("--template", $"Markdown template with {{{{verdict}}}}, {{{{metrics}}}}, {{{{params}}}}, {{{{charts}}}}, {{{{notes}}}}, {{{{base}}}}, {{{{commit}}}} [default: {ReportTemplate.DefaultPath}, built in]");
        append = bind.Text("--append", "Markdown file added to the report as your own section ({{notes}})");
        output = bind.Text("--out", "Folder for report.md and the chart images", ReportSettings.DefaultOutput);
        post = bind.Flag("--post", "Post the report as a comment; --no-post only renders it", defaultValue: true);
        images = bind.Flag("--images", "Draw charts as PNG images (published with the comment) even where the forge draws Mermaid");
        summary = bind.Flag("--summary", "Append the report to the GitHub job summary when GITHUB_STEP_SUMMARY is set; --no-summary skips it", defaultValue: true);
        strict = bind.Flag("--strict", "Exit 1 when the report cannot be posted because the token is read-only (a fork's pull request)");
        html = bind.Text("--html", "Also write a one-file HTML preview of the report here");
        mermaidScript = bind.Text("--mermaid-js", "With --html: Mermaid's script URL, so the preview draws Mermaid charts (e.g. https://cdn.jsdelivr.net/npm/mermaid@10/dist/mermaid.min.js)");
        failOn = bind.Text("--fail-on", "Comma-separated quality gates for the verdict; exit 1 (after posting) when one fails: accuracy<-0.01, loss>+5%, f1<0.8");
        higherBetter = bind.Text("--higher-better", "Comma-separated metric names or globs that improve upward (accuracy, f1… already do)");
        lowerBetter = bind.Text("--lower-better", "Comma-separated metric names or globs that improve downward (loss, error… already do)");
        precision = bind.Text("--precision", $"Round metrics to this many decimal places [default: {DiffTableOptions.DefaultPrecision}]");
        target = bind.Text("--target", "Comment target (`pr`, `commit`, `pr/42`, `commit/f00bar`, `issue/1337`) [default: the run's pull request, else the commit]");
        watermarkTitle = bind.Text("--watermark-title", "Names the comment, so several reports update independently; \"{workflow}\" & \"{run}\" are replaced", defaultValue: string.Empty);
        update = bind.Flag("--update", "Update our last report comment instead of adding one; --no-update adds a new one", defaultValue: true);
        publishUrl = bind.Text("--publish-url", "Self-hosted image server URL (CML's upload protocol) instead of the forge's own storage");
    }

    public BoundOptions Binding => bind;

    public void AddTo(RootCommand root, ISet<string> booleanFlags)
    {
        ArgumentNullException.ThrowIfNull(root);
        ArgumentNullException.ThrowIfNull(booleanFlags);
        booleanFlags.UnionWith(bind.BooleanFlags);
        root.Subcommands.Add(Build());
    }

    public Command Build()
    {
        var command = new Command(
            "report",
            "Render a complete report (verdict, metrics and params diffs, charts, your notes), post it as one comment per pull request and write it to the job summary");
        Option[] own = [baseRevision, template, append, output, post, images, summary, strict, html, mermaidScript, failOn, higherBetter, lowerBetter, precision, target, watermarkTitle, update, publishUrl];
        foreach (var option in own)
        {
            command.Options.Add(option);
        }

        globals.AddTo(command);
        runtime.SetAction(
            command,
            globals,
            bind,
            null,
            result => Read(result),
            (services, global, settings, token) => services.GetRequiredService<ReportHandler>().RunAsync(global, settings, token));
        return command;
    }

    private ReportSettings Read(ParseResult result)
    {
        var settings = new ReportSettings
        {
            Base = NullIfBlank(result.GetValue(baseRevision)),
            Template = NullIfBlank(result.GetValue(template)),
            Append = NullIfBlank(result.GetValue(append)),
            Output = NullIfBlank(result.GetValue(output)) ?? ReportSettings.DefaultOutput,
            Post = result.GetValue(post),
            Images = result.GetValue(images),
            Summary = result.GetValue(summary),
            Strict = result.GetValue(strict),
            Html = NullIfBlank(result.GetValue(html)),
            MermaidScript = NullIfBlank(result.GetValue(mermaidScript)),
            FailOn = GateRuleParser.Parse(result.GetValue(failOn)),
            HigherBetter = MetricGlob.ParseList(result.GetValue(higherBetter)),
            LowerBetter = MetricGlob.ParseList(result.GetValue(lowerBetter)),
            Precision = ParsePrecision(result.GetValue(precision)),
            Target = NullIfBlank(result.GetValue(target)),
            WatermarkTitle = result.GetValue(watermarkTitle),
            Update = result.GetValue(update),
            PublishUrl = NullIfBlank(result.GetValue(publishUrl)),
        };

        if (settings.MermaidScript is not null && settings.Html is null)
        {
            throw new CmlException("--mermaid-js only applies to the --html preview: add --html report.html", ExitCodes.Usage);
        }

        if (settings.MermaidScript is not null && !Uri.TryCreate(settings.MermaidScript, UriKind.Absolute, out _))
        {
            throw new CmlException($"--mermaid-js \"{settings.MermaidScript}\" is not an absolute URL", ExitCodes.Usage);
        }

        return settings;
    }

    private static int ParsePrecision(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return DiffTableOptions.DefaultPrecision;
        }

        return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var digits) && digits <= 28
            ? digits
            : throw new CmlException($"--precision '{value}': expected a whole number of decimal places from 0 to 28", ExitCodes.Usage);
    }

    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
