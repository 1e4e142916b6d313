using System.Collections;

namespace ContinuousMl.Ci;

/// <summary>The real environment of this process.</summary>
public sealed class ProcessEnvironment : IEnvironmentVariables
{
    public string? Get(string name) => Environment.GetEnvironmentVariable(name);

    public IReadOnlyDictionary<string, string> All()
    {
        var all = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (DictionaryEntry entry in Environment.GetEnvironmentVariables())
        {
            all[(string)entry.Key] = entry.Value as string ?? string.Empty;
        }

        return all;
    }
}
