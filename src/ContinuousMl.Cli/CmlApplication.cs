using System.CommandLine;
using ContinuousMl.Ci;
using ContinuousMl.Cli.Binding;
using ContinuousMl.Cli.Commands;
using ContinuousMl.Cli.Hosting;
using ContinuousMl.Errors;
using ContinuousMl.Metrics;
using Microsoft.Extensions.DependencyInjection;

namespace ContinuousMl.Cli;

/// <summary>
/// The <c>cml</c> command tree and its error contract: a <see cref="CmlException"/> becomes one line on stderr
/// and its exit code; a usage error exits 2; anything else exits 1 with a stack trace only under <c>--log debug</c>.
/// </summary>
public static class CmlApplication
{
    /// <param name="args">The arguments after the program name.</param>
    /// <param name="processEnvironment">The process's environment.</param>
    /// <param name="console">Where results and logs go.</param>
    /// <param name="cancellationToken">Cancelled on Ctrl+C.</param>
    /// <param name="configureServices">Extra service registrations (cloud runner providers; test doubles in-process).</param>
    public static async Task<int> RunAsync(
        string[] args, IEnvironmentVariables processEnvironment, CmlConsole console, CancellationToken cancellationToken, Action<IServiceCollection>? configureServices = null)
    {
        var environment = CmlEnvironment.Expand(processEnvironment);
        var redactor = new SecretRedactor();
        foreach (var name in TokenResolver.InferredVariables.Append(TokenResolver.CmlTokenVariable).Append("CML_DRIVER_TOKEN"))
        {
            redactor.Add(environment.Get(name));
        }

        var runtime = new CommandRuntime(environment, console, redactor, configureServices);
        try
        {
            var (root, booleanFlags) = BuildRoot(runtime, args.FirstOrDefault());
            var parse = root.Parse(ArgumentRewriter.NegateBooleans(args, booleanFlags));
            if (parse.Errors.Count > 0)
            {
                var commandName = parse.CommandResult.Command is RootCommand ? "cml" : "cml " + string.Join(' ', CommandPath(parse.CommandResult.Command));
                await console.Error.WriteLineAsync(redactor.Redact($"cml: {OneLine(parse.Errors[0].Message)} (see `{commandName} --help`)")).ConfigureAwait(false);
                return ExitCodes.Usage;
            }

            return await parse.InvokeAsync(
                new InvocationConfiguration { Output = console.Out, Error = console.Error, EnableDefaultExceptionHandler = false },
                cancellationToken).ConfigureAwait(false);
        }
        catch (CmlException ex)
        {
            await console.Error.WriteLineAsync(redactor.Redact("cml: " + OneLine(ex.Message))).ConfigureAwait(false);
            if (runtime.Debug)
            {
                await console.Error.WriteLineAsync(redactor.Redact(ex.ToString())).ConfigureAwait(false);
            }

            return ex.ExitCode;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await console.Error.WriteLineAsync("cml: cancelled").ConfigureAwait(false);
            return ExitCodes.Failure;
        }
        catch (Exception ex)
        {
            await console.Error.WriteLineAsync(redactor.Redact($"cml: unexpected error: {OneLine(ex.Message)} (run with --log debug for details)")).ConfigureAwait(false);
            if (runtime.Debug)
            {
                await console.Error.WriteLineAsync(redactor.Redact(ex.ToString())).ConfigureAwait(false);
            }

            return ExitCodes.Failure;
        }
    }

    /// <summary>
    /// The command tree, built one command family at a time in order until the invoked command exists: a run of
    /// <c>cml comment create</c> does not pay for building the runner's hundred options. Help, the version and
    /// unknown commands build everything.
    /// </summary>
    private static (RootCommand Root, IReadOnlyCollection<string> BooleanFlags) BuildRoot(CommandRuntime runtime, string? invoked)
    {
        var root = new RootCommand("Continuous ML: machine-learning reports in code review (a drop-in replacement for CML)");
        var booleanFlags = new HashSet<string>(StringComparer.Ordinal);
        foreach (var addFamily in CommandFamilies(runtime, invoked))
        {
            addFamily(root, booleanFlags);
            if (invoked is not null && root.Subcommands.Any(command => command.Name == invoked || command.Aliases.Contains(invoked)))
            {
                break;
            }
        }

        return (root, booleanFlags);
    }

    private static IEnumerable<Action<RootCommand, HashSet<string>>> CommandFamilies(CommandRuntime runtime, string? invoked)
    {
        yield return (root, booleanFlags) =>
        {
            var comment = new CommentCreateCommand(runtime);
            booleanFlags.UnionWith(comment.Binding.BooleanFlags);
            var commentGroup = new Command("comment", "Manage comments");
            commentGroup.Subcommands.Add(comment.Build("create", "Create a comment", forceUpdate: false));
            commentGroup.Subcommands.Add(comment.Build("update", "Update a comment", forceUpdate: true));
            root.Subcommands.Add(commentGroup);

            var sendComment = comment.Build("send-comment", "Create a comment (deprecated: use `cml comment create`)", forceUpdate: false,
                deprecation: "\"cml send-comment\" is deprecated, please use \"cml comment create\"");
            // Legacy commands stay out of `cml --help`, but their own help must still print (a hidden command's is empty).
            sendComment.Hidden = invoked != sendComment.Name;
            root.Subcommands.Add(sendComment);
        };
        yield return (root, booleanFlags) => new CheckCreateCommand(runtime).AddTo(root, invoked, booleanFlags);
        yield return (root, booleanFlags) => new PullRequestCreateCommand(runtime).AddTo(root, booleanFlags);
        yield return (root, booleanFlags) => new WorkflowRerunCommand(runtime).AddTo(root, invoked, booleanFlags);
        yield return (root, booleanFlags) => new AssetPublishCommand(runtime).AddTo(root, invoked, booleanFlags);
        yield return (root, booleanFlags) => new TensorboardConnectCommand(runtime).AddTo(root, invoked, booleanFlags);
        yield return (root, booleanFlags) => new RepoPrepareCommand(runtime).AddTo(root, invoked, booleanFlags);
        foreach (var kind in new[] { MetricsKind.Metrics, MetricsKind.Params })
        {
            yield return (root, booleanFlags) =>
            {
                var diff = new MetricsDiffCommand(runtime, kind);
                booleanFlags.UnionWith(diff.Binding.BooleanFlags);
                root.Subcommands.Add(diff.Build());
            };
        }

        yield return (root, booleanFlags) =>
        {
            var plot = new PlotCommand(runtime);
            booleanFlags.UnionWith(plot.Binding.BooleanFlags);
            root.Subcommands.Add(plot.Build());
        };
        yield return (root, booleanFlags) => new ReportCommand(runtime).AddTo(root, booleanFlags);
        yield return (root, booleanFlags) => new RunnerLaunchCommand(runtime).AddTo(root, booleanFlags);
    }

    private static IEnumerable<string> CommandPath(Command command)
    {
        var names = new List<string>();
        for (Symbol? symbol = command; symbol is Command current && current is not RootCommand; symbol = current.Parents.FirstOrDefault())
        {
            names.Insert(0, current.Name);
        }

        return names;
    }

    private static string OneLine(string message) => message.ReplaceLineEndings(" ").Trim();
}
