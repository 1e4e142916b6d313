using ContinuousMl.Runners.Cloud;

namespace ContinuousMl.Clouds.Azure;

/// <summary>The generic <c>--cloud-type</c>/<c>--cloud-gpu</c> sizes (reference §5.3) mapped to Azure VM sizes.</summary>
public static class AzureVmSizeMap
{
    private static readonly Dictionary<string, string> Sizes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["s"] = "Standard_B1s",
        ["m"] = "Standard_F8s_v2",
        ["l"] = "Standard_F32s_v2",
        ["xl"] = "Standard_F64s_v2",
        ["m+t4"] = "Standard_NC4as_T4_v3",
        ["m+k80"] = "Standard_NC6",
        ["l+k80"] = "Standard_NC12",
        ["xl+k80"] = "Standard_NC24",
        ["m+v100"] = "Standard_NC6s_v3",
        ["l+v100"] = "Standard_NC12s_v3",
        ["xl+v100"] = "Standard_NC24s_v3",
    };

    private static readonly HashSet<string> GenericSizes = new(StringComparer.OrdinalIgnoreCase) { "s", "m", "l", "xl" };

    /// <summary>Native sizes pass through; a generic size with a GPU that has no row is refused rather than launched without one.</summary>
    public static string Resolve(string type, string? gpu)
    {
        var size = type.Trim();
        var key = string.IsNullOrEmpty(gpu) || size.Contains('+') ? size : $"{size}+{gpu.Trim()}";
        if (Sizes.TryGetValue(key, out var mapped))
        {
            return mapped;
        }

        var baseSize = key.Split('+')[0];
        if (GenericSizes.Contains(baseSize))
        {
            if (key.Contains('+'))
            {
                throw new CloudRunnerException(
                    $"Azure has no generic VM size for --cloud-type {baseSize} with --cloud-gpu {key[(baseSize.Length + 1)..]}: use one of m+t4, m+k80, l+k80, xl+k80, m+v100, l+v100, xl+v100, or an Azure size such as Standard_NC24ads_A100_v4");
            }

            return Sizes[baseSize];
        }

        return baseSize;
    }
}
