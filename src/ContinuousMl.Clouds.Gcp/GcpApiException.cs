using System.Net;
using ContinuousMl.Clouds.Gcp.Json;

namespace ContinuousMl.Clouds.Gcp;

/// <summary>A Compute Engine call answered with an error; <see cref="Error"/> is Google's explanation when it sent one.</summary>
public sealed class GcpApiException : Exception
{
    public GcpApiException(HttpStatusCode status, GcpErrorBody? error)
        : base($"HTTP {(int)status}: {error?.Message}")
    {
        Status = status;
        Error = error;
    }

    public HttpStatusCode Status { get; }

    public GcpErrorBody? Error { get; }

    public string? Reason => Error?.Errors?.FirstOrDefault()?.Reason;
}
