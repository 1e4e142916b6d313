using System.CommandLine;
using ContinuousMl.Cli.Binding;
using ContinuousMl.Cli.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace ContinuousMl.Cli.Commands;

/// <summary><c>workflow rerun</c> and the legacy <c>rerun-workflow</c>: CML's <c>--id</c> and <c>CML_WORKFLOW_*</c> variables.</summary>
public sealed class WorkflowRerunCommand
{
    public const string DocsUrl = "https://cml.dev/doc/ref/workflow";
    public const string LegacyName = "rerun-workflow";
    public const string Deprecation = "\"cml rerun-workflow\" is deprecated, please use \"cml workflow rerun\"";

    private readonly BoundOptions bind;
    private readonly GlobalOptions globals;
    private readonly Option<string?> id;
    private readonly CommandRuntime runtime;

    public WorkflowRerunCommand(CommandRuntime runtime)
    {
        this.runtime = runtime;
        bind = new BoundOptions("WORKFLOW", runtime.Environment);
        globals = new GlobalOptions(bind);
        id = bind.Text(
            "--id",
            "Run identifier to be rerun [default: this run: GITHUB_RUN_ID, CI_PIPELINE_ID or BITBUCKET_PIPELINE_UUID]");
    }

    public BoundOptions Binding => bind;

    /// <summary>Adds <c>workflow rerun</c> and the hidden legacy <c>rerun-workflow</c> to <paramref name="root"/>.</summary>
    public void AddTo(RootCommand root, string? invoked, ISet<string> booleanFlags)
    {
        booleanFlags.UnionWith(bind.BooleanFlags);
        var group = new Command("workflow", "Manage CI workflows");
        group.Subcommands.Add(Build("rerun", "Rerun a workflow given the jobId or workflowId", deprecation: null));
        root.Subcommands.Add(group);

        var legacy = Build(LegacyName, "Rerun a workflow (deprecated: use `cml workflow rerun`)", Deprecation);
        // Out of `cml --help`, but its own help must still print (a hidden command's is empty).
        legacy.Hidden = invoked != LegacyName;
        root.Subcommands.Add(legacy);
    }

    private Command Build(string name, string description, string? deprecation)
    {
        var command = new Command(name, $"{description}\n{DocsUrl}");
        command.Options.Add(id);
        globals.AddTo(command);
        runtime.SetAction(
            command,
            globals,
            bind,
            deprecation,
            result => ReadSettings(result),
            (services, global, settings, token) => services.GetRequiredService<WorkflowRerunHandler>().RunAsync(global, settings, token));
        return command;
    }

    private WorkflowRerunSettings ReadSettings(ParseResult result)
    {
        var value = result.GetValue(id);
        return new WorkflowRerunSettings(string.IsNullOrWhiteSpace(value) ? null : value.Trim());
    }
}
