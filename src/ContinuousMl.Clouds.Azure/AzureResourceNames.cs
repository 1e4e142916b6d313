using System.Text;

namespace ContinuousMl.Clouds.Azure;

/// <summary>Names of what a runner gets on Azure: its own resource group, so terminate removes everything at once.</summary>
public static class AzureResourceNames
{
    public static string ResourceGroup(string runnerName) => "cml-" + Clean(runnerName, 80);

    /// <summary>Linux VM and computer names: letters, digits and '-', at most 64, not starting or ending with '-'.</summary>
    public static string VirtualMachine(string runnerName) => Clean(runnerName, 64);

    private static string Clean(string value, int maxLength)
    {
        var builder = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            builder.Append(char.IsAsciiLetterOrDigit(c) ? c : '-');
        }

        var cleaned = builder.ToString().Trim('-');
        if (cleaned.Length > maxLength)
        {
            cleaned = cleaned[..maxLength].TrimEnd('-');
        }

        return cleaned.Length == 0 ? "cml-runner" : cleaned;
    }
}
