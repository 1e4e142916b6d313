namespace ContinuousMl.Ci;

/// <summary>An environment held in memory: for tests, and for layering computed variables.</summary>
public sealed class DictionaryEnvironment : IEnvironmentVariables
{
    private readonly Dictionary<string, string> variables;

    public DictionaryEnvironment(IEnumerable<KeyValuePair<string, string>>? variables = null)
    {
        this.variables = new Dictionary<string, string>(StringComparer.Ordinal);
        if (variables is not null)
        {
            foreach (var pair in variables)
            {
                this.variables[pair.Key] = pair.Value;
            }
        }
    }

    public string? this[string name]
    {
        get => Get(name);
        set
        {
            if (value is null)
            {
                variables.Remove(name);
            }
            else
            {
                variables[name] = value;
            }
        }
    }

    public string? Get(string name) => variables.TryGetValue(name, out var value) ? value : null;

    public IReadOnlyDictionary<string, string> All() => variables;
}
