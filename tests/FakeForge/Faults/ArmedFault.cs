using System.Text.RegularExpressions;

namespace FakeForge.Faults;

/// <summary>A fault with its compiled pattern and how many more requests it will answer; guarded by the state lock.</summary>
internal sealed class ArmedFault(Fault fault)
{
    private readonly Regex pathPattern = new(fault.PathRegex, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    public Fault Fault { get; } = fault;

    public int Remaining { get; private set; } = fault.Times;

    public bool Matches(string method, string path) =>
        Remaining > 0
        && (Fault.Method == "*" || string.Equals(Fault.Method, method, StringComparison.OrdinalIgnoreCase))
        && pathPattern.IsMatch(path);

    public void Consume() => Remaining--;
}
