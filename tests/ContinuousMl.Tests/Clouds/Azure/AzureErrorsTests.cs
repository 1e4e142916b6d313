using Azure;
using Azure.Identity;
using ContinuousMl.Clouds.Azure;
using ContinuousMl.Runners.Cloud;
using Microsoft.Extensions.Logging.Abstractions;

namespace ContinuousMl.Tests.Clouds.Azure;

public sealed class AzureErrorsTests
{
    [Theory]
    [InlineData(403, "AuthorizationFailed", "the Azure service principal may not do this while launching Standard_NC6s_v3 in westus2 (AuthorizationFailed): give it the Contributor role")]
    [InlineData(409, "SkuNotAvailable", "Azure has no capacity for this while launching Standard_NC6s_v3 in westus2 (SkuNotAvailable): try another --cloud-region")]
    [InlineData(404, "PlatformImageNotFound", "Azure does not know the image while launching Standard_NC6s_v3 in westus2 (PlatformImageNotFound): check --cloud-image")]
    [InlineData(400, "SomethingNew", "Azure failed while launching Standard_NC6s_v3 in westus2 (SomethingNew): first line")]
    public void Error_codes_become_messages_that_say_what_to_change(int status, string code, string expectedStart)
    {
        var error = AzureErrors.Translate(new RequestFailedException(status, "first line\nStatus: 400\nHeaders: secret-ish", code, null), "launching Standard_NC6s_v3 in westus2");

        Assert.StartsWith(expectedStart, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
        Assert.DoesNotContain("Headers", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_refused_service_principal_names_the_variables()
    {
        var error = AzureErrors.Translate(new AuthenticationFailedException("AADSTS7000215: Invalid client secret provided."), "launching x in y");

        Assert.Equal("Azure rejected the service principal while launching x in y: check AZURE_CLIENT_ID, AZURE_CLIENT_SECRET and AZURE_TENANT_ID", error.Message);
    }

    [Fact]
    public async Task Missing_credentials_are_reported_before_any_request()
    {
        var provider = new AzureRunnerProvider(new AzureArmClientFactory(new AzureCloudSettings { SubscriptionId = "s" }), NullLogger<AzureRunnerProvider>.Instance);

        var error = await Assert.ThrowsAsync<CloudRunnerException>(() =>
            provider.LaunchAsync(new CloudRunnerRequest { Name = "cml-az-1", StartupScript = "#!/bin/sh\n" }, CancellationToken.None));

        Assert.StartsWith("Azure credentials are missing: set AZURE_CLIENT_ID, AZURE_CLIENT_SECRET and AZURE_TENANT_ID", error.Message, StringComparison.Ordinal);
    }
}
