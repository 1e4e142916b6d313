using ContinuousMl.Ci;
using ContinuousMl.Cli;
using ContinuousMl.Cli.Hosting;

namespace ContinuousMl.Tests.Cli;

/// <summary>Runs <c>cml</c> in-process for parsing and help; anything reading the working directory is end to end.</summary>
internal static class CommandHelpRunner
{
    public static async Task<(int Exit, string Out, string Error)> RunAsync(DictionaryEnvironment environment, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = await CmlApplication.RunAsync(args, environment, new CmlConsole(output, error, ErrorIsRedirected: true), CancellationToken.None);
        return (exit, output.ToString(), error.ToString());
    }

    /// <summary>The option names listed in a help text's Options section.</summary>
    public static IReadOnlyList<string> ListedFlags(string help) =>
        help.Split('\n')
            .SkipWhile(line => !line.StartsWith("Options:", StringComparison.Ordinal))
            .Skip(1)
            .SelectMany(line => line.TrimStart().Split("  ", 2)[0].Split(", "))
            .Select(flag => flag.Split(' ')[0])
            .Where(flag => flag.StartsWith('-'))
            .ToList();
}
