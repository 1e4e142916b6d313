namespace ContinuousMl.Clouds.Aws;

/// <summary>The generic <c>--cloud-region</c> names of CML/TPI (reference §5.3) mapped to AWS regions.</summary>
public static class AwsRegionMap
{
    private static readonly Dictionary<string, string> GenericRegions = new(StringComparer.OrdinalIgnoreCase)
    {
        ["us-east"] = "us-east-1",
        ["us-west"] = "us-west-1",
        ["eu-north"] = "eu-north-1",
        ["eu-west"] = "eu-west-1",
    };

    /// <summary>
    /// A generic name maps to its region; a native name ending in a letter (<c>us-west-2b</c>) is an availability
    /// zone, as TPI treats it, so the API region is the name without that letter.
    /// </summary>
    public static AwsPlacement Resolve(string region)
    {
        var trimmed = region.Trim();
        if (GenericRegions.TryGetValue(trimmed, out var mapped))
        {
            return new AwsPlacement(mapped, null);
        }

        if (trimmed.Length > 1 && char.IsAsciiLetterLower(trimmed[^1]) && char.IsAsciiDigit(trimmed[^2]))
        {
            return new AwsPlacement(trimmed[..^1], trimmed);
        }

        return new AwsPlacement(trimmed, null);
    }
}
