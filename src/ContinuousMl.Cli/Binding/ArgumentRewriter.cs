namespace ContinuousMl.Cli.Binding;

/// <summary>
/// Fixes up argv before parsing: a bare <c>--no-x</c> for a boolean flag becomes <c>--x=false</c> (yargs rejects
/// some of these; we accept all), and a program named <c>cml-&lt;command&gt;</c> runs <c>cml &lt;command&gt;</c>.
/// </summary>
public static class ArgumentRewriter
{
    public static string[] NegateBooleans(IReadOnlyList<string> args, IReadOnlyCollection<string> booleanFlags)
    {
        var rewritten = new string[args.Count];
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg == "--")
            {
                args.Skip(i).ToArray().CopyTo(rewritten, i);
                break;
            }

            rewritten[i] = arg.StartsWith("--no-", StringComparison.Ordinal) && booleanFlags.Contains(arg[5..])
                ? $"--{arg[5..]}=false"
                : arg;
        }

        return rewritten;
    }

    /// <summary>The argv of <c>cml</c> when started under a legacy name such as <c>cml-send-comment</c>.</summary>
    public static string[] FromProgramName(string? programPath, string[] args)
    {
        var name = Path.GetFileNameWithoutExtension(programPath ?? string.Empty);
        return name.StartsWith("cml-", StringComparison.Ordinal) && name.Length > 4
            ? [name[4..], .. args]
            : args;
    }
}
