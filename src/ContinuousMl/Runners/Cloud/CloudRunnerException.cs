using ContinuousMl.Errors;

namespace ContinuousMl.Runners.Cloud;

/// <summary>A cloud refused or failed a runner operation; the message is one line, names what to fix, and holds no secret.</summary>
public sealed class CloudRunnerException : CmlException
{
    public CloudRunnerException(string message, Exception? inner = null)
        : base(message, ExitCodes.Failure, inner)
    {
    }
}
