using System.Text;

namespace ContinuousMl.Clouds.Gcp;

/// <summary>Label keys and values as GCP accepts them: lower-case letters, digits, '_' and '-', at most 63 characters.</summary>
public static class GcpLabels
{
    public static string Clean(string value, bool isKey)
    {
        var builder = new StringBuilder(value.Length);
        foreach (var c in value.ToLowerInvariant())
        {
            builder.Append(char.IsAsciiLetterOrDigit(c) || c is '_' or '-' ? c : '_');
        }

        var cleaned = builder.ToString();
        if (isKey && (cleaned.Length == 0 || !char.IsAsciiLetterLower(cleaned[0])))
        {
            cleaned = "k" + cleaned;
        }

        return cleaned.Length > 63 ? cleaned[..63] : cleaned;
    }
}
