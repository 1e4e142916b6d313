using System.Text;

namespace ContinuousMl.Clouds.Gcp;

/// <summary>A runner name as a Compute Engine instance name: RFC 1035, lower-case, starting with a letter, at most 63.</summary>
public static class GcpInstanceName
{
    public static string From(string runnerName)
    {
        var name = new StringBuilder(runnerName.Length);
        foreach (var c in runnerName.ToLowerInvariant())
        {
            name.Append(char.IsAsciiLetterOrDigit(c) ? c : '-');
        }

        var result = name.ToString().Trim('-');
        if (result.Length == 0 || !char.IsAsciiLetterLower(result[0]))
        {
            result = "cml-" + result;
        }

        return (result.Length > 63 ? result[..63] : result).TrimEnd('-');
    }
}
