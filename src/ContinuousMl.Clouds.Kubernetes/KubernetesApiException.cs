using System.Net;
using ContinuousMl.Clouds.Kubernetes.Json;

namespace ContinuousMl.Clouds.Kubernetes;

/// <summary>An API server call answered with an error; <see cref="Status"/> is its explanation when it sent one.</summary>
public sealed class KubernetesApiException : Exception
{
    public KubernetesApiException(HttpStatusCode statusCode, KubernetesStatus? status)
        : base($"HTTP {(int)statusCode}: {status?.Message}")
    {
        StatusCode = statusCode;
        Status = status;
    }

    public HttpStatusCode StatusCode { get; }

    public KubernetesStatus? Status { get; }
}
