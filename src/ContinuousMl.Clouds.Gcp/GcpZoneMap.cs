namespace ContinuousMl.Clouds.Gcp;

/// <summary>The generic <c>--cloud-region</c> names (reference §5.3) mapped to Compute Engine zones; others are zones already.</summary>
public static class GcpZoneMap
{
    private static readonly Dictionary<string, string> GenericRegions = new(StringComparer.OrdinalIgnoreCase)
    {
        ["us-east"] = "us-east1-c",
        ["us-west"] = "us-west1-b",
        ["eu-north"] = "europe-north1-a",
        ["eu-west"] = "europe-west1-d",
    };

    public static string Resolve(string region)
    {
        var trimmed = region.Trim();
        return GenericRegions.TryGetValue(trimmed, out var zone) ? zone : trimmed;
    }
}
