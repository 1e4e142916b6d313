namespace ContinuousMl.Errors;

/// <summary>
/// A failure the user can act on. The CLI prints <see cref="Exception.Message"/> on one line and exits
/// with <see cref="ExitCode"/>; anything else is a bug and gets a stack trace only under <c>--log debug</c>.
/// </summary>
public class CmlException : Exception
{
    public CmlException(string message, int exitCode = ExitCodes.Failure, Exception? inner = null)
        : base(message, inner)
    {
        ExitCode = exitCode;
    }

    public int ExitCode { get; }
}
