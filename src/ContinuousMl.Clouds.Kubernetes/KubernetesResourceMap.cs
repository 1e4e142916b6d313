using System.Text.RegularExpressions;
using ContinuousMl.Runners.Cloud;

namespace ContinuousMl.Clouds.Kubernetes;

/// <summary>
/// The generic <c>--cloud-type</c>/<c>--cloud-gpu</c> sizes (reference §5.3) as container resources, plus TPI's
/// native form <c>&lt;cores&gt;-&lt;memoryMB&gt;[+&lt;model&gt;*&lt;count&gt;]</c>.
/// </summary>
public static partial class KubernetesResourceMap
{
    private static readonly Dictionary<string, KubernetesResources> Sizes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["s"] = new(1, 1024, null, 0),
        ["m"] = new(8, 32 * 1024, null, 0),
        ["l"] = new(32, 128 * 1024, null, 0),
        ["xl"] = new(64, 256 * 1024, null, 0),
        ["m+k80"] = new(4, 64 * 1024, "nvidia-tesla-k80", 1),
        ["l+k80"] = new(32, 512 * 1024, "nvidia-tesla-k80", 8),
        ["xl+k80"] = new(64, 768 * 1024, "nvidia-tesla-k80", 16),
        ["m+v100"] = new(8, 64 * 1024, "nvidia-tesla-v100", 1),
        ["l+v100"] = new(32, 256 * 1024, "nvidia-tesla-v100", 4),
        ["xl+v100"] = new(64, 512 * 1024, "nvidia-tesla-v100", 8),
    };

    private static readonly Dictionary<string, string> GpuModels = new(StringComparer.OrdinalIgnoreCase)
    {
        ["k80"] = "nvidia-tesla-k80",
        ["v100"] = "nvidia-tesla-v100",
        ["t4"] = "nvidia-tesla-t4",
    };

    public static KubernetesResources Resolve(string type, string? gpu)
    {
        var size = type.Trim();
        var key = string.IsNullOrEmpty(gpu) || size.Contains('+') ? size : $"{size}+{gpu.Trim()}";
        if (Sizes.TryGetValue(key, out var mapped))
        {
            return mapped;
        }

        var native = Native().Match(size);
        if (native.Success)
        {
            var cores = int.Parse(native.Groups["cores"].Value, System.Globalization.CultureInfo.InvariantCulture);
            var memory = long.Parse(native.Groups["memory"].Value, System.Globalization.CultureInfo.InvariantCulture);
            if (native.Groups["model"].Success)
            {
                var count = native.Groups["count"].Success ? int.Parse(native.Groups["count"].Value, System.Globalization.CultureInfo.InvariantCulture) : 1;
                return new KubernetesResources(cores, memory, Model(native.Groups["model"].Value), count);
            }

            return string.IsNullOrEmpty(gpu)
                ? new KubernetesResources(cores, memory, null, 0)
                : new KubernetesResources(cores, memory, Model(gpu), 1);
        }

        throw new CloudRunnerException(
            $"Kubernetes has no size for --cloud-type {size}{(string.IsNullOrEmpty(gpu) ? "" : " with --cloud-gpu " + gpu)}: use s, m, l, xl, m+k80, l+k80, xl+k80, m+v100, l+v100, xl+v100, or <cores>-<memoryMB>[+<gpu model>*<count>] such as 4-16384+nvidia-tesla-t4*1");
    }

    private static string Model(string gpu) => GpuModels.TryGetValue(gpu.Trim(), out var model) ? model : gpu.Trim();

    [GeneratedRegex(@"^(?<cores>\d+)-(?<memory>\d+)(?:\+(?<model>[^*]+)(?:\*(?<count>[1-9]\d*))?)?$")]
    private static partial Regex Native();
}
