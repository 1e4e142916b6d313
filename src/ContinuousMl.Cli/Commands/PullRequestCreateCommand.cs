using System.CommandLine;
using ContinuousMl.Cli.Binding;
using ContinuousMl.Cli.Hosting;
using ContinuousMl.Errors;
using ContinuousMl.Forges;
using Microsoft.Extensions.DependencyInjection;

namespace ContinuousMl.Cli.Commands;

/// <summary>
/// <c>pr create [glob path...]</c>, and <c>pr &lt;glob path...&gt;</c>, the parent acting as it with its flags hidden,
/// as in CML; both read <c>CML_PR_*</c>.
/// </summary>
public sealed class PullRequestCreateCommand
{
    public const string DocsUrl = "https://cml.dev/doc/ref/pr";

    private readonly BoundOptions bind;
    private readonly GlobalOptions globals;
    private readonly CommandRuntime runtime;

    public PullRequestCreateCommand(CommandRuntime runtime)
    {
        this.runtime = runtime;
        bind = new BoundOptions("PR", runtime.Environment);
        globals = new GlobalOptions(bind);
    }

    public BoundOptions Binding => bind;

    /// <summary>Adds <c>pr</c> and <c>pr create</c> to <paramref name="root"/>.</summary>
    public void AddTo(RootCommand root, ISet<string> booleanFlags)
    {
        var create = Build(
            new Command("create", $"Create a pull request (committing any given paths first)\n{DocsUrl}"),
            new Argument<string[]>("glob path") { Description = "Paths to commit (globs; directories take their files)", Arity = ArgumentArity.ZeroOrMore },
            new PullRequestCreateFlags(bind, hidden: false));
        var parent = Build(
            new Command("pr", "Manage pull requests"),
            new Argument<string[]>("glob path") { Description = "Paths to commit, as `pr create` takes them", Arity = ArgumentArity.OneOrMore },
            new PullRequestCreateFlags(bind, hidden: true));
        parent.Subcommands.Add(create);
        root.Subcommands.Add(parent);
        booleanFlags.UnionWith(bind.BooleanFlags);
    }

    private Command Build(Command command, Argument<string[]> globs, PullRequestCreateFlags flags)
    {
        command.Arguments.Add(globs);
        foreach (var option in flags.All)
        {
            command.Options.Add(option);
        }

        globals.AddTo(command);
        runtime.SetAction(
            command,
            globals,
            bind,
            null,
            result => Read(result, globs, flags),
            (services, global, settings, token) => services.GetRequiredService<PullRequestCreateHandler>().RunAsync(global, settings, token));
        return command;
    }

    private static PullRequestCreateSettings Read(ParseResult result, Argument<string[]> globs, PullRequestCreateFlags flags)
    {
        (string Name, bool Set, MergeMethod Method)[] methods =
        [
            ("merge", result.GetValue(flags.Merge), MergeMethod.Merge),
            ("rebase", result.GetValue(flags.Rebase), MergeMethod.Rebase),
            ("squash", result.GetValue(flags.Squash), MergeMethod.Squash),
        ];
        var chosen = methods.Where(m => m.Set).ToArray();
        if (chosen.Length > 1)
        {
            // CML's yargs conflicts, with its wording.
            throw new CmlException($"Arguments {chosen[0].Name} and {chosen[1].Name} are mutually exclusive", ExitCodes.Usage);
        }

        return new PullRequestCreateSettings
        {
            Globs = result.GetValue(globs) ?? [],
            Markdown = result.GetValue(flags.Md),
            SkipCi = result.GetValue(flags.SkipCi),
            Merge = chosen.Length == 1 ? chosen[0].Method : null,
            Branch = Blank(result.GetValue(flags.Branch)),
            TargetBranch = Blank(result.GetValue(flags.TargetBranch)),
            Title = Blank(result.GetValue(flags.Title)),
            Body = Blank(result.GetValue(flags.Body)),
            Message = Blank(result.GetValue(flags.Message)),
            Remote = Blank(result.GetValue(flags.Remote)) ?? "origin",
            UserEmail = Blank(result.GetValue(flags.UserEmail)),
            UserName = Blank(result.GetValue(flags.UserName)),
        };
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
