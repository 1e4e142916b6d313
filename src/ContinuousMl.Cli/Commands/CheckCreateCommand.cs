using System.CommandLine;
using ContinuousMl.Cli.Binding;
using ContinuousMl.Cli.Hosting;
using ContinuousMl.Errors;
using ContinuousMl.Forges;
using Microsoft.Extensions.DependencyInjection;

namespace ContinuousMl.Cli.Commands;

/// <summary>
/// <c>check create</c> and the legacy <c>send-github-check</c>: CML's flags and <c>CML_CHECK_*</c> variables, plus
/// <c>--conclusion-from-gates</c>.
/// </summary>
public sealed class CheckCreateCommand
{
    public const string DocsUrl = "https://cml.dev/doc/ref/check";
    public const string DefaultTitle = "CML Report";
    public const string LegacyName = "send-github-check";
    public const string Deprecation = "\"cml send-github-check\" is deprecated, please use \"cml check create\"";

    private readonly BoundOptions bind;
    private readonly GlobalOptions globals;
    private readonly Argument<string> markdownFile = new("markdown file") { Description = "The Markdown report to attach to the commit" };
    private readonly Option<string?> commitSha;
    private readonly Option<string?> conclusion;
    private readonly Option<string?> status;
    private readonly Option<string?> title;
    private readonly Option<string?> conclusionFromGates;
    private readonly CommandRuntime runtime;

    public CheckCreateCommand(CommandRuntime runtime)
    {
        this.runtime = runtime;
        bind = new BoundOptions("CHECK", runtime.Environment);
        globals = new GlobalOptions(bind);
        globals.Token.Description =
            "GITHUB_TOKEN or Github App token. Personal access token won't work (on GitHub; GitLab and Bitbucket take their usual tokens) [default: infer from the environment]";
        commitSha = bind.Text("--commit-sha", "Commit SHA linked to this check (any revision git resolves) [default: the CI's commit, else HEAD]", aliases: "--head-sha");
        // Checked in Read, for flag and environment alike, so a bad value is one line naming the choices.
        conclusion = bind.Text("--conclusion", "Conclusion status of the check", "success");
        conclusion.HelpName = string.Join('|', CheckStates.ConclusionNames);
        status = bind.Text("--status", "Status of the check", "completed");
        status.HelpName = string.Join('|', CheckStates.StatusNames);
        title = bind.Text("--title", "Title of the check", DefaultTitle);
        conclusionFromGates = bind.Text(
            "--conclusion-from-gates",
            "Set the conclusion from a `cml metrics diff --json --fail-on RULES` output file: failure when a gate failed, else success");
    }

    public BoundOptions Binding => bind;

    /// <summary>Adds <c>check create</c> and the hidden legacy <c>send-github-check</c> to <paramref name="root"/>.</summary>
    public void AddTo(RootCommand root, string? invoked, ISet<string> booleanFlags)
    {
        booleanFlags.UnionWith(bind.BooleanFlags);
        var group = new Command("check", "Manage CI checks");
        group.Subcommands.Add(Build("create", "Create a check report", deprecation: null));
        root.Subcommands.Add(group);

        var legacy = Build(LegacyName, "Create a check report (deprecated: use `cml check create`)", Deprecation);
        // Out of `cml --help`, but its own help must still print (a hidden command's is empty).
        legacy.Hidden = invoked != LegacyName;
        root.Subcommands.Add(legacy);
    }

    private Command Build(string name, string description, string? deprecation)
    {
        var command = new Command(name, $"{description}\n{DocsUrl}");
        command.Arguments.Add(markdownFile);
        foreach (var option in (Option[])[commitSha, conclusion, status, title, conclusionFromGates])
        {
            command.Options.Add(option);
        }

        globals.AddTo(command);
        runtime.SetAction(
            command,
            globals,
            bind,
            deprecation,
            result => Read(result),
            (services, global, settings, token) => services.GetRequiredService<CheckCreateHandler>().RunAsync(global, settings, token));
        return command;
    }

    private CheckCreateSettings Read(ParseResult result)
    {
        var gates = result.GetValue(conclusionFromGates);
        if (!string.IsNullOrEmpty(gates) && result.GetResult(conclusion) is { Implicit: false })
        {
            throw new CmlException("Arguments conclusion and conclusionFromGates are mutually exclusive", ExitCodes.Usage);
        }

        return new CheckCreateSettings
        {
            MarkdownFile = result.GetValue(markdownFile)!,
            CommitSha = string.IsNullOrWhiteSpace(result.GetValue(commitSha)) ? null : result.GetValue(commitSha)!.Trim(),
            Conclusion = CheckStates.ParseConclusion(result.GetValue(conclusion) ?? "success"),
            Status = CheckStates.ParseStatus(result.GetValue(status) ?? "completed"),
            Title = string.IsNullOrWhiteSpace(result.GetValue(title)) ? DefaultTitle : result.GetValue(title)!,
            ConclusionFromGates = string.IsNullOrWhiteSpace(gates) ? null : gates,
        };
    }
}
