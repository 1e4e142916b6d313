using System.CommandLine;
using ContinuousMl.Cli.Binding;
using ContinuousMl.Cli.Hosting;
using ContinuousMl.Errors;
using Microsoft.Extensions.DependencyInjection;

namespace ContinuousMl.Cli.Commands;

/// <summary>
/// <c>comment create</c>, <c>comment update</c> and the legacy <c>send-comment</c>: one builder, CML's flags and
/// <c>CML_COMMENT_*</c> variables, plus our <c>--dry-run</c>.
/// </summary>
public sealed class CommentCreateCommand
{
    public const string DocsUrl = "https://cml.dev/doc/ref/comment#create";

    private readonly BoundOptions bind;
    private readonly GlobalOptions globals;
    private readonly Argument<string> markdownFile = new("markdown file") { Description = "The Markdown report to post" };
    private readonly Option<string?> target;
    private readonly Option<bool> watch;
    private readonly Option<bool> publish;
    private readonly Option<string?> publishUrl;
    private readonly Option<bool> publishNative;
    private readonly Option<string?> watermarkTitle;
    private readonly Option<bool> pr;
    private readonly Option<string?> commitSha;
    private readonly Option<string?> triggerFile;
    private readonly Option<bool> update;
    private readonly Option<bool> rmWatermark;
    private readonly Option<bool> dryRun;

    private readonly CommandRuntime runtime;

    public CommentCreateCommand(CommandRuntime runtime)
    {
        this.runtime = runtime;
        bind = new BoundOptions("COMMENT", runtime.Environment);
        globals = new GlobalOptions(bind);
        target = bind.Text("--target", "Comment type (`commit`, `pr`, `commit/f00bar`, `pr/42`, `issue/1337`),default is automatic (`pr` but fallback to `commit`).");
        watch = bind.Flag("--watch", "Watch for changes and automatically update the comment");
        publish = bind.Flag("--publish", "Upload any local images found in the Markdown report", defaultValue: true);
        publishUrl = bind.Text("--publish-url", "Self-hosted image server URL (CML's upload protocol) instead of the forge's own storage");
        publishNative = bind.Flag("--publish-native", "Uses driver's native capabilities to upload assets (the default here; accepted for compatibility)", aliases: "--native");
        watermarkTitle = bind.Text("--watermark-title", "Hidden comment marker (used for targeting in subsequent `cml comment update`); \"{workflow}\" & \"{run}\" are auto-replaced", defaultValue: string.Empty);
        pr = bind.Flag("--pr", "Post to an existing PR/MR associated with the specified commit (deprecated: use --target=pr)", hidden: true);
        commitSha = bind.Text("--commit-sha", "Commit SHA linked to this comment (deprecated: use --target=commit/<sha>)", aliases: "--head-sha");
        triggerFile = bind.Text("--trigger-file", "File used to trigger the watcher; deleted after each post");
        update = bind.Flag("--update", "Update the last CML comment (if any) instead of creating a new one");
        rmWatermark = bind.Flag("--rm-watermark", "Avoid watermark; CML needs a watermark to be able to distinguish CML comments from others");
        dryRun = bind.Flag("--dry-run", "Render the final comment body to stdout and post nothing (no token or network needed)");
    }

    public BoundOptions Binding => bind;

    public Command Build(string name, string description, bool forceUpdate, string? deprecation = null)
    {
        var command = new Command(name, $"{description}\n{DocsUrl}");
        command.Arguments.Add(markdownFile);
        Option[] own = [target, watch, publish, publishUrl, publishNative, watermarkTitle, pr, commitSha, triggerFile, update, rmWatermark, dryRun];
        foreach (var option in own)
        {
            command.Options.Add(option);
        }

        globals.AddTo(command);
        runtime.SetAction(
            command,
            globals,
            bind,
            deprecation,
            result => Read(result, forceUpdate),
            (services, global, settings, token) => services.GetRequiredService<CommentCreateHandler>().RunAsync(global, settings, token));
        return command;
    }

    private CommentCreateSettings Read(ParseResult result, bool forceUpdate)
    {
        var explicitTarget = result.GetResult(target) is { Implicit: false };
        var settings = new CommentCreateSettings
        {
            MarkdownFile = result.GetValue(markdownFile)!,
            Target = result.GetValue(target),
            Watch = result.GetValue(watch),
            Publish = result.GetValue(publish),
            PublishUrl = result.GetValue(publishUrl),
            PublishNative = result.GetValue(publishNative),
            WatermarkTitle = result.GetValue(watermarkTitle),
            PullRequest = result.GetValue(pr),
            CommitSha = result.GetValue(commitSha),
            TriggerFile = result.GetValue(triggerFile),
            Update = forceUpdate || result.GetValue(update),
            RemoveWatermark = result.GetValue(rmWatermark),
            DryRun = result.GetValue(dryRun),
        };

        // CML's yargs conflicts, with its wording.
        if (settings.PullRequest && !string.IsNullOrEmpty(settings.CommitSha))
        {
            throw new CmlException("Arguments pr and commitSha are mutually exclusive", ExitCodes.Usage);
        }

        if (explicitTarget && (settings.PullRequest || !string.IsNullOrEmpty(settings.CommitSha)))
        {
            throw new CmlException(settings.PullRequest ? "Arguments pr and target are mutually exclusive" : "Arguments commitSha and target are mutually exclusive", ExitCodes.Usage);
        }

        if (settings.RemoveWatermark && !string.IsNullOrEmpty(settings.WatermarkTitle))
        {
            throw new CmlException("Arguments watermarkTitle and rmWatermark are mutually exclusive", ExitCodes.Usage);
        }

        if (settings.RemoveWatermark && settings.Update)
        {
            throw new CmlException("watermarks are mandatory for updatable comments", ExitCodes.Usage);
        }

        return settings;
    }
}
