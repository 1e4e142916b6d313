using Azure;
using Azure.Identity;
using ContinuousMl.Runners.Cloud;

namespace ContinuousMl.Clouds.Azure;

/// <summary>Turns Azure's error codes into one-line messages that say what to change; the client secret is never repeated.</summary>
public static class AzureErrors
{
    public static CloudRunnerException Translate(Exception exception, string action)
    {
        if (exception is AuthenticationFailedException)
        {
            return new CloudRunnerException(
                $"Azure rejected the service principal while {action}: check AZURE_CLIENT_ID, AZURE_CLIENT_SECRET and AZURE_TENANT_ID", exception);
        }

        if (exception is not RequestFailedException failure)
        {
            return new CloudRunnerException($"Azure failed while {action} ({exception.GetType().Name})", exception);
        }

        var code = failure.ErrorCode ?? "";
        var detail = OneLine(failure.Message.Split('\n')[0]);
        var message = code switch
        {
            "AuthorizationFailed" or "LinkedAuthorizationFailed" =>
                $"the Azure service principal may not do this while {action} ({code}): give it the Contributor role on subscription AZURE_SUBSCRIPTION_ID (and Managed Identity Operator for --cloud-permission-set)",
            "InvalidAuthenticationToken" or "ExpiredAuthenticationToken" or "InvalidAuthenticationTokenTenant" =>
                $"Azure rejected the credentials while {action} ({code}): check AZURE_TENANT_ID and AZURE_SUBSCRIPTION_ID",
            "SubscriptionNotFound" or "InvalidSubscriptionId" =>
                $"Azure does not know the subscription while {action} ({code}): check AZURE_SUBSCRIPTION_ID",
            "SkuNotAvailable" or "AllocationFailed" or "ZonalAllocationFailed" or "OverconstrainedAllocationRequest" or "OverconstrainedZonalAllocationRequest" =>
                $"Azure has no capacity for this while {action} ({code}): try another --cloud-region, another --cloud-type, or later",
            "OperationNotAllowed" when detail.Contains("quota", StringComparison.OrdinalIgnoreCase) =>
                $"the Azure subscription's quota is used up while {action} ({code}): ask for more vCPUs of that family in that region",
            "ImageNotFound" or "PlatformImageNotFound" or "InvalidImageReference" =>
                $"Azure does not know the image while {action} ({code}): check --cloud-image (publisher:offer:sku:version)",
            "LocationNotAvailableForResourceType" or "NoRegisteredProviderFound" or "InvalidLocation" =>
                $"Azure does not offer this in that location while {action} ({code}): check --cloud-region",
            _ => $"Azure failed while {action} ({(code.Length == 0 ? "HTTP " + failure.Status : code)}): {detail}",
        };
        return new CloudRunnerException(message, exception);
    }

    private static string OneLine(string text) =>
        string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
