namespace ContinuousMl.Cli.Hosting;

/// <summary>The process's output streams, injected so end-to-end tests and the real entry point share one path.</summary>
/// <param name="Out">Results only (a comment URL, a rendered report).</param>
/// <param name="Error">Logs and errors.</param>
/// <param name="ErrorIsRedirected">True when stderr is not a terminal: logs are then JSON lines.</param>
public sealed record CmlConsole(TextWriter Out, TextWriter Error, bool ErrorIsRedirected)
{
    public static CmlConsole System => new(Console.Out, Console.Error, Console.IsErrorRedirected);
}
