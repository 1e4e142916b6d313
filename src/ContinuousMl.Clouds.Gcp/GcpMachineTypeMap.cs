using System.Globalization;
using System.Text.RegularExpressions;

namespace ContinuousMl.Clouds.Gcp;

/// <summary>The generic <c>--cloud-type</c>/<c>--cloud-gpu</c> sizes (reference §5.3) mapped as TPI maps them on GCP.</summary>
public static partial class GcpMachineTypeMap
{
    private static readonly Dictionary<string, GcpMachine> Types = new(StringComparer.OrdinalIgnoreCase)
    {
        ["s"] = new("g1-small", null, 0),
        ["m"] = new("e2-custom-8-32768", null, 0),
        ["l"] = new("e2-custom-32-131072", null, 0),
        ["xl"] = new("n2-custom-64-262144", null, 0),
        ["m+t4"] = new("n1-standard-4", "nvidia-tesla-t4", 1),
        ["m+k80"] = new("custom-8-53248", "nvidia-tesla-k80", 1),
        ["l+k80"] = new("custom-32-131072", "nvidia-tesla-k80", 4),
        ["xl+k80"] = new("custom-64-212992-ext", "nvidia-tesla-k80", 8),
        ["m+v100"] = new("custom-8-65536-ext", "nvidia-tesla-v100", 1),
        ["l+v100"] = new("custom-32-262144-ext", "nvidia-tesla-v100", 4),
        ["xl+v100"] = new("custom-64-524288-ext", "nvidia-tesla-v100", 8),
    };

    public static GcpMachine Resolve(string type, string? gpu)
    {
        var size = type.Trim();
        var accelerator = string.IsNullOrWhiteSpace(gpu) ? null : gpu.Trim();

        // TPI's custom form: machine+accelerator*count.
        var custom = Custom().Match(size);
        if (custom.Success)
        {
            var count = custom.Groups["count"].Success ? int.Parse(custom.Groups["count"].Value, CultureInfo.InvariantCulture) : 1;
            return new GcpMachine(custom.Groups["machine"].Value, AcceleratorName(custom.Groups["gpu"].Value), count);
        }

        if (accelerator is null)
        {
            return Types.TryGetValue(size, out var plain) ? plain : new GcpMachine(size, null, 0);
        }

        if (Types.TryGetValue($"{size}+{accelerator}", out var mapped))
        {
            return mapped;
        }

        // A known size with an accelerator of its own: the machine and count of the size's K80 row.
        if (Types.TryGetValue($"{size}+k80", out var sized))
        {
            return sized with { AcceleratorType = AcceleratorName(accelerator) };
        }

        return new GcpMachine(Types.TryGetValue(size, out var known) ? known.MachineType : size, AcceleratorName(accelerator), 1);
    }

    private static string AcceleratorName(string gpu) => gpu.ToLowerInvariant() switch
    {
        "k80" => "nvidia-tesla-k80",
        "v100" => "nvidia-tesla-v100",
        "t4" => "nvidia-tesla-t4",
        _ => gpu,
    };

    [GeneratedRegex(@"^(?<machine>[^+]+)\+(?<gpu>[^*]+)\*(?<count>[1-9]\d*)?$")]
    private static partial Regex Custom();
}
