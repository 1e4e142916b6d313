using System.CommandLine;
using ContinuousMl.Ci;

namespace ContinuousMl.Cli.Binding;

/// <summary>
/// Creates a command's options with CML's precedence (flag, then <c>CML_&lt;PREFIX&gt;_&lt;OPTION&gt;</c>, then
/// the default) and remembers every variable name it binds, so unknown ones can be reported.
/// </summary>
public sealed class BoundOptions(string prefix, IEnvironmentVariables environment)
{
    private readonly HashSet<string> knownVariables = new(StringComparer.Ordinal);
    private readonly HashSet<string> booleanFlags = new(StringComparer.Ordinal);

    public string Prefix => prefix;

    public IReadOnlyCollection<string> KnownVariables => knownVariables;

    /// <summary>Long names (without dashes) of the boolean flags, for <c>--no-x</c>.</summary>
    public IReadOnlyCollection<string> BooleanFlags => booleanFlags;

    public Option<string?> Text(string name, string description, string? defaultValue = null, bool hidden = false, params string[] aliases)
    {
        var fromEnvironment = Lookup(name, aliases);
        return new Option<string?>(name, aliases)
        {
            Description = description,
            Hidden = hidden,
            DefaultValueFactory = _ => fromEnvironment ?? defaultValue,
        };
    }

    public Option<string?> Choice(string name, string description, string[] choices, string? defaultValue = null, params string[] aliases)
    {
        var option = Text(name, description, defaultValue, hidden: false, aliases);
        option.AcceptOnlyFromAmong(choices);
        return option;
    }

    /// <summary>
    /// A repeatable option (<c>--x a --x b</c>); the environment variable gives one more value, taken whole, as
    /// yargs takes it.
    /// </summary>
    public Option<string[]> List(string name, string description, bool hidden = false, params string[] aliases)
    {
        var fromEnvironment = Lookup(name, aliases);
        return new Option<string[]>(name, aliases)
        {
            Description = description,
            Hidden = hidden,
            Arity = ArgumentArity.ZeroOrMore,
            DefaultValueFactory = _ => fromEnvironment is null ? [] : [fromEnvironment],
        };
    }

    public Option<bool> Flag(string name, string description, bool defaultValue = false, bool hidden = false, params string[] aliases)
    {
        var fromEnvironment = Lookup(name, aliases);
        booleanFlags.Add(name.TrimStart('-'));
        foreach (var alias in aliases)
        {
            booleanFlags.Add(alias.TrimStart('-'));
        }

        return new Option<bool>(name, aliases)
        {
            Description = description,
            Hidden = hidden,
            Arity = ArgumentArity.ZeroOrOne,
            // As in CML, only the exact string "true" makes an environment boolean true.
            DefaultValueFactory = _ => fromEnvironment is null ? defaultValue : fromEnvironment == "true",
        };
    }

    /// <summary>The variables under this command's prefix that no option reads: CML crashes on them, we warn.</summary>
    public IEnumerable<string> UnknownVariables()
    {
        var start = $"CML_{prefix}_";
        return environment.All().Keys
            .Where(name => name.StartsWith(start, StringComparison.Ordinal) && !knownVariables.Contains(name))
            .Order(StringComparer.Ordinal);
    }

    private string? Lookup(string name, string[] aliases)
    {
        string? value = null;
        foreach (var candidate in aliases.Prepend(name))
        {
            var variable = CmlEnvironment.VariableName(prefix, candidate);
            knownVariables.Add(variable);
            value ??= environment.Get(variable);
        }

        return value;
    }
}
