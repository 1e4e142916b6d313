using ContinuousMl.Runners.Cloud;

namespace ContinuousMl.Clouds.Aws;

/// <summary>The generic <c>--cloud-type</c>/<c>--cloud-gpu</c> sizes of CML/TPI (reference §5.3) mapped to EC2 instance types.</summary>
public static class AwsInstanceTypeMap
{
    private static readonly Dictionary<string, string> Types = new(StringComparer.OrdinalIgnoreCase)
    {
        ["s"] = "t2.micro",
        ["m"] = "m5.2xlarge",
        ["l"] = "m5.8xlarge",
        ["xl"] = "m5.16xlarge",
        ["m+t4"] = "g4dn.xlarge",
        ["m+k80"] = "p2.xlarge",
        ["l+k80"] = "p2.8xlarge",
        ["xl+k80"] = "p2.16xlarge",
        ["m+v100"] = "p3.xlarge",
        ["l+v100"] = "p3.8xlarge",
        ["xl+v100"] = "p3.16xlarge",
    };

    private static readonly HashSet<string> GenericSizes = new(StringComparer.OrdinalIgnoreCase) { "s", "m", "l", "xl" };

    /// <summary>
    /// The EC2 instance type for a size and an optional GPU. Native types pass through (their GPU is whatever the
    /// type has). A generic size with a GPU that has no row is refused rather than silently launched without a GPU.
    /// </summary>
    public static string Resolve(string type, string? gpu)
    {
        var size = type.Trim();
        var key = string.IsNullOrEmpty(gpu) || size.Contains('+') ? size : $"{size}+{gpu.Trim()}";
        if (Types.TryGetValue(key, out var mapped))
        {
            return mapped;
        }

        var baseSize = key.Split('+')[0];
        if (GenericSizes.Contains(baseSize))
        {
            if (key.Contains('+'))
            {
                throw new CloudRunnerException(
                    $"AWS has no generic instance type for --cloud-type {baseSize} with --cloud-gpu {key[(baseSize.Length + 1)..]}: use one of m+t4, m+k80, l+k80, xl+k80, m+v100, l+v100, xl+v100, or an EC2 type such as g5.xlarge");
            }

            return Types[baseSize];
        }

        return baseSize;
    }
}
