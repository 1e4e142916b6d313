using System.Globalization;

namespace ContinuousMl.Clouds.Kubernetes;

/// <summary>
/// Quantities in the API server's canonical form (the largest suffix that keeps the number whole: 32768Mi is
/// <c>32Gi</c>, 1000 cores is <c>1k</c>), so the job we send reads as the one the server stores and shows.
/// </summary>
public static class KubernetesQuantity
{
    private static readonly string[] BinarySuffixes = ["", "Ki", "Mi", "Gi", "Ti", "Pi", "Ei"];
    private static readonly string[] DecimalSuffixes = ["", "k", "M", "G", "T", "P", "E"];

    public static string Count(long value) => Scale(value, 0, 1000, DecimalSuffixes);

    public static string MebiBytes(long value) => value == 0 ? "0" : Scale(value, 2, 1024, BinarySuffixes);

    private static string Scale(long value, int exponent, long step, string[] suffixes)
    {
        while (value != 0 && value % step == 0 && exponent < suffixes.Length - 1)
        {
            value /= step;
            exponent++;
        }

        return value.ToString(CultureInfo.InvariantCulture) + suffixes[exponent];
    }
}
