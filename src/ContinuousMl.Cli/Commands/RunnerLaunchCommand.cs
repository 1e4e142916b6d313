using System.CommandLine;
using ContinuousMl.Cli.Binding;
using ContinuousMl.Cli.Hosting;
using ContinuousMl.Errors;
using Microsoft.Extensions.DependencyInjection;

namespace ContinuousMl.Cli.Commands;

/// <summary>
/// <c>runner launch</c> and its parent <c>runner</c>, which acts as <c>launch</c> with its options unlisted (as
/// CML's; <c>cml-runner --labels x</c> is <c>cml runner --labels x</c>). <c>CML_RUNNER_*</c> variables bind, and the
/// legacy <c>RUNNER_*</c> ones through <see cref="CmlEnvironment"/>.
/// </summary>
public sealed class RunnerLaunchCommand
{
    public const string DocsUrl = "https://cml.dev/doc/ref/runner";

    private readonly CommandRuntime runtime;

    public RunnerLaunchCommand(CommandRuntime runtime) => this.runtime = runtime;

    public void AddTo(RootCommand root, ISet<string> booleanFlags)
    {
        ArgumentNullException.ThrowIfNull(root);
        ArgumentNullException.ThrowIfNull(booleanFlags);
        var group = Build("runner", "Manage self-hosted (cloud & on-premise) CI runners", hidden: true, booleanFlags);
        group.Subcommands.Add(Build("launch", $"Launch and register a self-hosted runner\n{DocsUrl}", hidden: false, booleanFlags));
        root.Subcommands.Add(group);
    }

    private Command Build(string name, string description, bool hidden, ISet<string> booleanFlags)
    {
        var bind = new BoundOptions("RUNNER", runtime.Environment);
        var globals = new GlobalOptions(bind);
        var options = new RunnerLaunchOptions(bind, hidden);
        booleanFlags.UnionWith(bind.BooleanFlags);
        var command = new Command(name, description);
        foreach (var option in options.All)
        {
            command.Options.Add(option);
        }

        globals.AddTo(command);
        runtime.SetAction(
            command,
            globals,
            bind,
            deprecation: null,
            result =>
            {
                // CML's `runner` demands at least one flag; bare `cml runner` is a mistake, not a launch.
                if (hidden && !result.Tokens.Any(token => token.Value.StartsWith('-')))
                {
                    throw new CmlException("cml runner needs flags: did you mean `cml runner launch`? (see `cml runner launch --help`)", ExitCodes.Usage);
                }

                return options.Read(result);
            },
            (services, global, settings, token) => services.GetRequiredService<RunnerLaunchHandler>().RunAsync(global, settings, token));
        return command;
    }
}
