using ContinuousMl.Ci;

namespace ContinuousMl.Clouds.Azure;

/// <summary>
/// The service principal CML/TPI read (<c>AZURE_CLIENT_ID</c>, <c>AZURE_CLIENT_SECRET</c>, <c>AZURE_TENANT_ID</c>,
/// <c>AZURE_SUBSCRIPTION_ID</c>) and the endpoints, replaceable for tests: <c>AZURE_AUTHORITY_HOST</c> (Azure.Identity's
/// own name) and <c>CML_AZURE_RESOURCE_MANAGER_URL</c>.
/// </summary>
public sealed record AzureCloudSettings
{
    public string? ClientId { get; init; }

    public string? ClientSecret { get; init; }

    public string? TenantId { get; init; }

    public string? SubscriptionId { get; init; }

    public Uri? AuthorityHost { get; init; }

    public Uri? ResourceManagerUrl { get; init; }

    public static AzureCloudSettings FromEnvironment(IEnvironmentVariables environment)
    {
        var authority = NonEmpty(environment.Get("AZURE_AUTHORITY_HOST"));
        var manager = NonEmpty(environment.Get("CML_AZURE_RESOURCE_MANAGER_URL"));
        return new AzureCloudSettings
        {
            ClientId = NonEmpty(environment.Get("AZURE_CLIENT_ID")),
            ClientSecret = NonEmpty(environment.Get("AZURE_CLIENT_SECRET")),
            TenantId = NonEmpty(environment.Get("AZURE_TENANT_ID")),
            SubscriptionId = NonEmpty(environment.Get("AZURE_SUBSCRIPTION_ID")),
            AuthorityHost = authority is null ? null : new Uri(authority),
            ResourceManagerUrl = manager is null ? null : new Uri(manager),
        };
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
