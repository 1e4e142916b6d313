namespace ContinuousMl.Metrics;

/// <summary>Reads every target on both sides, several at once (each base-side read is a git process), and diffs them.</summary>
public static class MetricsComparer
{
    public static async Task<MetricsDiff> CompareAsync(
        IReadOnlyList<MetricsTarget> targets,
        MetricsSide @base,
        MetricsSide head,
        string? row,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(targets);
        ArgumentNullException.ThrowIfNull(@base);
        ArgumentNullException.ThrowIfNull(head);
        var baseValues = new Dictionary<string, MetricValue>?[targets.Count];
        var headValues = new Dictionary<string, MetricValue>?[targets.Count];
        var reads = Enumerable.Range(0, targets.Count).SelectMany(i => new[] { (Index: i, Side: @base), (Index: i, Side: head) });
        var options = new ParallelOptions
        {
            CancellationToken = cancellationToken,
            MaxDegreeOfParallelism = Math.Max(2, Environment.ProcessorCount * 2),
        };
        await Parallel.ForEachAsync(reads, options, async (read, token) =>
        {
            var values = await ReadAsync(targets[read.Index].Path, read.Side, row, token).ConfigureAwait(false);
            (ReferenceEquals(read.Side, @base) ? baseValues : headValues)[read.Index] = values;
        }).ConfigureAwait(false);

        var rows = new List<MetricsDiffRow>();
        var missing = new List<string>();
        for (var i = 0; i < targets.Count; i++)
        {
            if (baseValues[i] is null && headValues[i] is null)
            {
                missing.Add(targets[i].Path);
                continue;
            }

            rows.AddRange(MetricsDiffer.Diff(targets[i], baseValues[i], headValues[i]));
        }

        return new MetricsDiff(@base.Label, head.Label, rows, missing);
    }

    private static async Task<Dictionary<string, MetricValue>?> ReadAsync(string path, MetricsSide side, string? row, CancellationToken cancellationToken)
    {
        var stream = await side.OpenAsync(path, cancellationToken).ConfigureAwait(false);
        if (stream is null)
        {
            return null;
        }

        await using (stream.ConfigureAwait(false))
        {
            return await MetricsFileReader.ReadAsync(stream, path, row, side.Describe(path), cancellationToken).ConfigureAwait(false);
        }
    }
}
