using System.CommandLine;
using System.Globalization;
using ContinuousMl.Cli.Binding;
using ContinuousMl.Cli.Hosting;
using ContinuousMl.Errors;
using Microsoft.Extensions.DependencyInjection;

namespace ContinuousMl.Cli.Commands;

/// <summary>
/// <c>repo prepare</c> (hidden, as in CML) and the legacy <c>ci</c> (listed, without a deprecation notice, as in CML).
/// Both read <c>CML_REPO_*</c>; the global <c>CML_REPO</c> is not one of them but <c>--repo</c>, which CML's start-up
/// fans out as <c>CML_REPO_REPO</c>.
/// </summary>
public sealed class RepoPrepareCommand
{
    public const string DocsUrl = "https://cml.dev/doc/ref/ci";

    private readonly BoundOptions bind;
    private readonly GlobalOptions globals;
    private readonly Option<string?> fetchDepth;
    private readonly Option<bool> unshallow;
    private readonly Option<string?> userEmail;
    private readonly Option<string?> userName;
    private readonly CommandRuntime runtime;

    public RepoPrepareCommand(CommandRuntime runtime)
    {
        this.runtime = runtime;
        bind = new BoundOptions("REPO", runtime.Environment);
        globals = new GlobalOptions(bind);
        fetchDepth = bind.Text("--fetch-depth", "Number of commits to fetch (use `0` for all branches & tags) [number]");
        unshallow = bind.Flag("--unshallow", "Fetch as much as possible, converting a shallow repository to a complete one", hidden: true);
        userEmail = bind.Text("--user-email", "Git user email", PullRequestCreateFlags.DefaultUserEmail);
        userName = bind.Text("--user-name", "Git user name", PullRequestCreateFlags.DefaultUserName);
    }

    public BoundOptions Binding => bind;

    /// <summary>Adds the hidden <c>repo prepare</c> and the listed <c>ci</c> to <paramref name="root"/>.</summary>
    public void AddTo(RootCommand root, string? invoked, ISet<string> booleanFlags)
    {
        booleanFlags.UnionWith(bind.BooleanFlags);
        var group = new Command("repo", "Manage the git repository") { Hidden = invoked != "repo" };
        group.Subcommands.Add(Build("prepare", $"Prepare the cloned repository\n{DocsUrl}"));
        root.Subcommands.Add(group);
        root.Subcommands.Add(Build("ci", "Prepare Git repository for CML operations"));
    }

    private Command Build(string name, string description)
    {
        var command = new Command(name, description);
        foreach (var option in (Option[])[fetchDepth, unshallow, userEmail, userName])
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
            (services, global, settings, token) => services.GetRequiredService<RepoPrepareHandler>().RunAsync(global, settings, token));
        return command;
    }

    private RepoPrepareSettings Read(ParseResult result)
    {
        var depthText = result.GetValue(fetchDepth);
        int? depth = null;
        if (!string.IsNullOrWhiteSpace(depthText))
        {
            depth = int.TryParse(depthText.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var parsed)
                ? parsed
                : throw new CmlException($"--fetch-depth \"{depthText}\" is not a number of commits (0 fetches everything)", ExitCodes.Usage);
        }
        else if (result.GetValue(unshallow))
        {
            depth = 0;
        }

        return new RepoPrepareSettings(depth, Blank(result.GetValue(userName)), Blank(result.GetValue(userEmail)));
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
