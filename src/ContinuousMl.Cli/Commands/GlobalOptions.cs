using System.CommandLine;
using ContinuousMl.Ci;
using ContinuousMl.Cli.Binding;
using ContinuousMl.Cli.Logging;

namespace ContinuousMl.Cli.Commands;

/// <summary>CML's global options, bound to the command's own <c>CML_&lt;PREFIX&gt;_*</c> variables.</summary>
public sealed class GlobalOptions
{
    public GlobalOptions(BoundOptions bind)
    {
        Log = bind.Choice("--log", "Logging verbosity", LogLevels.Names, "info");
        Driver = bind.Choice("--driver", "Git provider where the repository is hosted [default: infer from the environment]", DriverResolver.Names.ToArray());
        Repo = bind.Text("--repo", "Repository URL or slug [default: infer from the environment]");
        Token = bind.Text("--driver-token", "CI driver personal/project access token (PAT) [default: infer from the environment]", aliases: "--token");
    }

    public Option<string?> Log { get; }

    public Option<string?> Driver { get; }

    public Option<string?> Repo { get; }

    public Option<string?> Token { get; }

    public void AddTo(Command command)
    {
        command.Options.Add(Log);
        command.Options.Add(Driver);
        command.Options.Add(Repo);
        command.Options.Add(Token);
    }

    public GlobalSettings Read(ParseResult result) =>
        new(result.GetValue(Log), result.GetValue(Driver), result.GetValue(Repo), result.GetValue(Token));
}
