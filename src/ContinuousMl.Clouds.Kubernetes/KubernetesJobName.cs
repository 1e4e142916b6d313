using System.Text;

namespace ContinuousMl.Clouds.Kubernetes;

/// <summary>A runner name made into a valid job name (DNS-1123 label: lower-case letters, digits and '-', at most 63).</summary>
public static class KubernetesJobName
{
    // The job controller appends "-xxxxx" for the pod name, which must stay within 63 characters too.
    private const int MaxLength = 57;

    public static string From(string runnerName)
    {
        var name = new StringBuilder(runnerName.Length);
        foreach (var c in runnerName.ToLowerInvariant())
        {
            name.Append(char.IsAsciiLetterOrDigit(c) ? c : '-');
        }

        var result = name.ToString().Trim('-');
        if (result.Length > MaxLength)
        {
            result = result[..MaxLength].TrimEnd('-');
        }

        return result.Length == 0 ? "cml-runner" : result;
    }
}
