namespace ContinuousMl.Runners.Local;

/// <summary>One program to start: the runner's configuration step or the runner itself.</summary>
/// <param name="FileName">The executable (or script) to run.</param>
/// <param name="Arguments">Its arguments, unquoted; may hold secrets (tokens), so never log them unredacted.</param>
/// <param name="WorkingDirectory">Where it runs.</param>
public sealed record RunnerCommand(string FileName, IReadOnlyList<string> Arguments, string WorkingDirectory)
{
    /// <summary>Variables added to (or replacing) the runner's environment; values may be secrets.</summary>
    public IReadOnlyDictionary<string, string> Environment { get; init; } = new Dictionary<string, string>();

    /// <summary>For logs: the program and its flags, with the value after every secret flag masked.</summary>
    public string Describe()
    {
        var parts = new List<string> { FileName };
        for (var i = 0; i < Arguments.Count; i++)
        {
            parts.Add(Arguments[i]);
            if (Arguments[i] is "--token" or "-e" && i + 1 < Arguments.Count)
            {
                var value = Arguments[++i];
                var equals = value.IndexOf('=', StringComparison.Ordinal);
                parts.Add(Arguments[i - 1] == "-e" && equals > 0 ? value[..(equals + 1)] + "***" : "***");
            }
        }

        return string.Join(' ', parts);
    }
}
