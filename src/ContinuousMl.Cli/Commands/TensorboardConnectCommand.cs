using System.CommandLine;
using ContinuousMl.Cli.Binding;
using ContinuousMl.Cli.Hosting;
using ContinuousMl.Errors;

namespace ContinuousMl.Cli.Commands;

/// <summary>
/// <c>tensorboard connect</c> and the legacy <c>tensorboard-dev</c>. TensorBoard.dev shut down on January 1, 2024;
/// the command stays, with CML's flags, so a workflow that still calls it gets CML's message and exit code
/// instead of "unknown command".
/// </summary>
public sealed class TensorboardConnectCommand
{
    public const string DocsUrl = "https://cml.dev/doc/ref/tensorboard";
    public const string LegacyName = "tensorboard-dev";
    public const string Deprecation = "\"cml tensorboard-dev\" is deprecated, please use \"cml tensorboard connect\"";
    public const string ShutDown = "TensorBoard.dev has been shut down as of January 1, 2024";

    /// <summary>CML's older name for the credentials, copied to <c>CML_TENSORBOARD_CREDENTIALS</c> at start-up.</summary>
    public const string LegacyCredentialsVariable = "TB_CREDENTIALS";

    private readonly BoundOptions bind;
    private readonly GlobalOptions globals;
    private readonly Option<string?> credentials;
    private readonly Option<string?>[] ignored;
    private readonly Option<bool>[] ignoredFlags;
    private readonly CommandRuntime runtime;

    public TensorboardConnectCommand(CommandRuntime runtime)
    {
        this.runtime = runtime;
        bind = new BoundOptions("TENSORBOARD", runtime.Environment);
        globals = new GlobalOptions(bind);
        // CML hides them here: TensorBoard.dev was not a forge.
        globals.Driver.Hidden = true;
        globals.Repo.Hidden = true;
        globals.Token.Hidden = true;
        credentials = bind.Text(
            "--credentials",
            "TensorBoard credentials as JSON, usually found at ~/.config/tensorboard/credentials/uploader-creds.json (required)",
            defaultValue: null,
            hidden: false,
            "-c");
        ignored =
        [
            bind.Text("--logdir", "Directory containing the logs to process"),
            bind.Text("--name", "Tensorboard experiment title; max 100 characters"),
            bind.Text("--description", "Tensorboard experiment description in Markdown format; max 600 characters"),
            bind.Text("--title", "Markdown title, if not specified, param name will be used", defaultValue: null, hidden: false, "-t"),
            bind.Text("--file", "Append the output to this file", defaultValue: null, hidden: true, "-f"),
        ];
        ignoredFlags =
        [
            bind.Flag("--md", "Output as markdown [title || name](url)"),
            bind.Flag("--rm-watermark", "Avoid the ?cml=tb marker on the link", hidden: true),
        ];
    }

    public BoundOptions Binding => bind;

    /// <summary>Adds <c>tensorboard connect</c> and the legacy <c>tensorboard-dev</c>; both stay out of <c>cml --help</c>, as in CML.</summary>
    public void AddTo(RootCommand root, string? invoked, ISet<string> booleanFlags)
    {
        booleanFlags.UnionWith(bind.BooleanFlags);
        var group = new Command("tensorboard", "Manage tensorboard.dev connections")
        {
            // CML hides it; its help must still print when asked for (a hidden command's is empty).
            Hidden = invoked != "tensorboard",
        };
        group.Subcommands.Add(Build("connect", "Connect to tensorboard.dev and get a link", deprecation: null));
        root.Subcommands.Add(group);

        var legacy = Build(LegacyName, "Connect to tensorboard.dev (deprecated: use `cml tensorboard connect`)", Deprecation);
        legacy.Hidden = invoked != LegacyName;
        root.Subcommands.Add(legacy);
    }

    private Command Build(string name, string description, string? deprecation)
    {
        var command = new Command(name, $"{description} (TensorBoard.dev shut down on January 1, 2024: this only fails with CML's message)\n{DocsUrl}");
        command.Options.Add(credentials);
        foreach (var option in ignored)
        {
            command.Options.Add(option);
        }

        foreach (var option in ignoredFlags)
        {
            command.Options.Add(option);
        }

        globals.AddTo(command);
        command.SetAction((result, cancellationToken) =>
        {
            // CML checks the required option before its handler says the service is gone; so do we.
            if (string.IsNullOrWhiteSpace(result.GetValue(credentials) ?? runtime.Environment.Get(LegacyCredentialsVariable)))
            {
                throw new CmlException("Missing required argument: credentials (pass --credentials or set CML_TENSORBOARD_CREDENTIALS)", ExitCodes.Usage);
            }

            return runtime.RunAsync(
                globals.Read(result).Log,
                bind,
                deprecation,
                (_, _) => throw new CmlException(ShutDown),
                cancellationToken);
        });
        return command;
    }
}
