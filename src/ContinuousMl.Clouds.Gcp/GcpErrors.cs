using System.Net;
using ContinuousMl.Clouds.Gcp.Json;
using ContinuousMl.Runners.Cloud;

namespace ContinuousMl.Clouds.Gcp;

/// <summary>Turns Compute Engine's errors into one-line messages that say what to change.</summary>
public static class GcpErrors
{
    public static CloudRunnerException Translate(GcpApiException exception, string action)
    {
        var detail = OneLine(exception.Error?.Message);
        var message = exception.Status switch
        {
            HttpStatusCode.Unauthorized =>
                $"GCP rejected the credentials while {action} (401): check GOOGLE_APPLICATION_CREDENTIALS_DATA or CML_GCP_ACCESS_TOKEN",
            HttpStatusCode.Forbidden when exception.Reason is "quotaExceeded" or "rateLimitExceeded" =>
                $"the GCP project's quota is used up while {action} ({exception.Reason}): {detail}",
            HttpStatusCode.Forbidden =>
                $"the GCP credentials may not do this while {action} (403): grant the service account roles/compute.instanceAdmin.v1 (and roles/iam.serviceAccountUser for --cloud-permission-set)",
            HttpStatusCode.NotFound =>
                $"GCP does not know something the instance needs while {action} (404): check the project, --cloud-region (a zone), --cloud-type and --cloud-image: {detail}",
            HttpStatusCode.Conflict =>
                $"an instance of that name already exists while {action} (409): choose another --name or delete the instance",
            _ => $"GCP failed while {action} (HTTP {(int)exception.Status}){(detail.Length == 0 ? "" : ": " + detail)}",
        };
        return new CloudRunnerException(message, exception);
    }

    /// <summary>A failed insert operation, e.g. a zone without capacity for the machine or GPU.</summary>
    public static CloudRunnerException FromOperation(GcpOperationError error, string action)
    {
        var first = error.Errors?.FirstOrDefault();
        var code = first?.Code ?? "UNKNOWN";
        var detail = OneLine(first?.Message);
        var message = code switch
        {
            "ZONE_RESOURCE_POOL_EXHAUSTED" or "ZONE_RESOURCE_POOL_EXHAUSTED_WITH_DETAILS" or "RESOURCE_POOL_EXHAUSTED" =>
                $"GCP has no capacity for this while {action} ({code}): try another --cloud-region (zone), another --cloud-type, or later",
            "QUOTA_EXCEEDED" =>
                $"the GCP project's quota is used up while {action} ({code}): {detail}",
            _ => $"GCP failed while {action} ({code}){(detail.Length == 0 ? "" : ": " + detail)}",
        };
        return new CloudRunnerException(message);
    }

    private static string OneLine(string? text) =>
        string.Join(' ', (text ?? "").Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
