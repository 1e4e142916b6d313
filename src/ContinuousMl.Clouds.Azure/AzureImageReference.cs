using Azure.Core;
using Azure.ResourceManager.Compute.Models;
using ContinuousMl.Runners.Cloud;

namespace ContinuousMl.Clouds.Azure;

/// <summary>A <c>--cloud-image</c> on Azure: a URN <c>publisher:offer:sku:version</c> or an image resource id.</summary>
public static class AzureImageReference
{
    /// <summary>Canonical's Ubuntu 22.04 LTS (generation 2), what the startup script targets.</summary>
    public const string DefaultUrn = "Canonical:0001-com-ubuntu-server-jammy:22_04-lts-gen2:latest";

    public static ImageReference Parse(string? image)
    {
        var value = string.IsNullOrWhiteSpace(image) ? DefaultUrn : image.Trim();
        if (value.StartsWith("/subscriptions/", StringComparison.OrdinalIgnoreCase))
        {
            return new ImageReference { Id = new ResourceIdentifier(value) };
        }

        var parts = value.Split(':');
        if (parts.Length != 4 || parts.Any(string.IsNullOrWhiteSpace))
        {
            throw new CloudRunnerException($"--cloud-image '{value}' is not an Azure image: use publisher:offer:sku:version (e.g. {DefaultUrn}) or an image resource id");
        }

        return new ImageReference { Publisher = parts[0], Offer = parts[1], Sku = parts[2], Version = parts[3] };
    }
}
