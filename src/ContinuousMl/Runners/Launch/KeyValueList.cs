using ContinuousMl.Errors;

namespace ContinuousMl.Runners.Launch;

/// <summary>
/// CML's coercion of <c>--cloud-metadata</c> and <c>--cloud-kubernetes-node-selector</c>: each item splits at its
/// first <c>=</c> (<c>a=b</c> ⇒ a: b, <c>k=v=w</c> ⇒ k: v=w, <c>c</c> ⇒ c: null).
/// </summary>
public static class KeyValueList
{
    /// <exception cref="CmlException">An item with an empty key (exit code 2).</exception>
    public static IReadOnlyDictionary<string, string?> Parse(IEnumerable<string> items, string flag)
    {
        ArgumentNullException.ThrowIfNull(items);
        var pairs = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            var equals = item.IndexOf('=', StringComparison.Ordinal);
            var key = (equals < 0 ? item : item[..equals]).Trim();
            if (key.Length == 0)
            {
                throw new CmlException($"{flag} \"{item}\" has no key: write key=value", ExitCodes.Usage);
            }

            pairs[key] = equals < 0 || equals == item.Length - 1 ? null : item[(equals + 1)..];
        }

        return pairs;
    }
}
