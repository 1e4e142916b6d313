using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace ContinuousMl.Metrics;

/// <summary>
/// A YAML parser that remembers where the last good event ended. Some malformed inputs make YamlDotNet throw a bare
/// <see cref="InvalidOperationException"/> without a position; this gives the error a line and column anyway.
/// </summary>
internal sealed class TrackingYamlParser(TextReader reader) : IParser
{
    private readonly Parser inner = new(reader);

    public ParsingEvent? Current => inner.Current;

    public Mark LastGoodEnd { get; private set; } = Mark.Empty;

    public bool MoveNext()
    {
        if (inner.Current is { } current)
        {
            LastGoodEnd = current.End;
        }

        return inner.MoveNext();
    }
}
