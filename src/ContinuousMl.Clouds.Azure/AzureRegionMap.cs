namespace ContinuousMl.Clouds.Azure;

/// <summary>The generic <c>--cloud-region</c> names (reference §5.3) mapped to Azure locations; others are locations already.</summary>
public static class AzureRegionMap
{
    private static readonly Dictionary<string, string> GenericRegions = new(StringComparer.OrdinalIgnoreCase)
    {
        ["us-east"] = "eastus",
        ["us-west"] = "westus2",
        ["eu-north"] = "northeurope",
        ["eu-west"] = "westeurope",
    };

    public static string Resolve(string region)
    {
        var trimmed = region.Trim();
        return GenericRegions.TryGetValue(trimmed, out var location) ? location : trimmed;
    }
}
