using System.Net;
using ContinuousMl.Runners.Cloud;

namespace ContinuousMl.Clouds.Kubernetes;

/// <summary>Turns the API server's answers into one-line messages that say what to change.</summary>
public static class KubernetesErrors
{
    public static CloudRunnerException Translate(KubernetesApiException exception, string action, string @namespace)
    {
        var status = exception.StatusCode;
        var detail = OneLine(exception.Status?.Message);
        var message = status switch
        {
            HttpStatusCode.Unauthorized =>
                $"Kubernetes rejected the credentials while {action} (401): check the user in KUBERNETES_CONFIGURATION or KUBECONFIG",
            HttpStatusCode.Forbidden =>
                $"the Kubernetes user may not do this while {action} (403): grant create, get and delete on jobs.batch and list on pods in namespace {@namespace}",
            HttpStatusCode.NotFound when action.StartsWith("creating", StringComparison.Ordinal) =>
                $"Kubernetes does not know namespace {@namespace} while {action} (404): create it or set the namespace of the kubeconfig's context",
            HttpStatusCode.Conflict =>
                $"a job of that name already exists while {action} (409): choose another --name or delete the job",
            HttpStatusCode.UnprocessableEntity =>
                $"Kubernetes refused the job while {action} (422): {detail}",
            _ => $"Kubernetes failed while {action} (HTTP {(int)status}){(detail.Length == 0 ? "" : ": " + detail)}",
        };
        return new CloudRunnerException(message, exception);
    }

    // The API server explains failures in a Status object's "message", sometimes over several lines.
    private static string OneLine(string? message) =>
        string.Join(' ', (message ?? "").Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
