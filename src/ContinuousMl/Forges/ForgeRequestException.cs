using ContinuousMl.Errors;

namespace ContinuousMl.Forges;

/// <summary>A forge call failed; the message says what to do about it.</summary>
public sealed class ForgeRequestException : CmlException
{
    public ForgeRequestException(string message, int? statusCode, bool outcomeUnknown, Exception? inner = null)
        : base(message, ExitCodes.Failure, inner)
    {
        StatusCode = statusCode;
        OutcomeUnknown = outcomeUnknown;
    }

    public int? StatusCode { get; }

    /// <summary>
    /// True when the request may have taken effect on the server (a timeout after sending, a 5xx): a write must
    /// not be repeated before checking whether it happened.
    /// </summary>
    public bool OutcomeUnknown { get; }
}
