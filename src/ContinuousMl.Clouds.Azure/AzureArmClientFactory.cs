using Azure.Identity;
using Azure.ResourceManager;
using ContinuousMl.Runners.Cloud;

namespace ContinuousMl.Clouds.Azure;

/// <summary>
/// An <see cref="ArmClient"/> signed in as the service principal with <see cref="ClientSecretCredential"/>.
/// Never <c>DefaultAzureCredential</c>: it would probe the instance metadata service and local tools.
/// </summary>
public sealed class AzureArmClientFactory
{
    private readonly AzureCloudSettings settings;

    public AzureArmClientFactory(AzureCloudSettings settings)
    {
        this.settings = settings;
    }

    public string SubscriptionId => settings.SubscriptionId
        ?? throw new CloudRunnerException("AZURE_SUBSCRIPTION_ID is not set: name the subscription to create the runner in");

    public ArmClient Create()
    {
        if (settings.ClientId is null || settings.ClientSecret is null || settings.TenantId is null)
        {
            throw new CloudRunnerException(
                "Azure credentials are missing: set AZURE_CLIENT_ID, AZURE_CLIENT_SECRET and AZURE_TENANT_ID to a service principal (and AZURE_SUBSCRIPTION_ID)");
        }

        var credentialOptions = new ClientSecretCredentialOptions();
        if (settings.AuthorityHost is { } authority)
        {
            credentialOptions.AuthorityHost = authority;
        }

        var credential = new ClientSecretCredential(settings.TenantId, settings.ClientId, settings.ClientSecret, credentialOptions);
        var options = new ArmClientOptions();
        if (settings.ResourceManagerUrl is { } manager)
        {
            options.Environment = new ArmEnvironment(manager, ArmEnvironment.AzurePublicCloud.Audience);
        }

        return new ArmClient(credential, SubscriptionId, options);
    }
}
