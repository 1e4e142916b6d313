namespace ContinuousMl.Metrics;

/// <summary>
/// Lays a diff out in DVC's columns (<c>Path | Metric | &lt;base&gt; | &lt;head&gt; | Change</c>): changed rows only unless
/// <see cref="DiffTableOptions.All"/>, plus any row that broke a gate. The Change cell adds ▲/▼, ✅/❌ when the
/// metric's direction is known, and ⛔ with the rules the row broke.
/// </summary>
public static class DiffTableBuilder
{
    public static DiffTable Build(MetricsDiff diff, DiffTableOptions options, GateReport? gates = null)
    {
        ArgumentNullException.ThrowIfNull(diff);
        ArgumentNullException.ThrowIfNull(options);
        gates ??= GateReport.Empty;
        var headers = new List<string>();
        if (options.ShowPath)
        {
            headers.Add("Path");
        }

        headers.AddRange([options.Title, diff.BaseLabel, diff.HeadLabel]);
        if (options.ShowChange)
        {
            headers.Add("Change");
        }

        var rows = new List<IReadOnlyList<string>>();
        foreach (var row in diff.Rows)
        {
            var broken = gates.RulesBrokenBy(row);
            if (!row.Changed && !options.All && broken.Count == 0)
            {
                continue;
            }

            var cells = new string[headers.Count];
            var column = 0;
            if (options.ShowPath)
            {
                cells[column++] = row.Path;
            }

            cells[column++] = row.Key;
            cells[column++] = MetricFormatter.Format(row.Base, options.Precision);
            cells[column++] = MetricFormatter.Format(row.Head, options.Precision);
            if (options.ShowChange)
            {
                cells[column] = ChangeCell(row, options, broken);
            }

            rows.Add(cells);
        }

        return new DiffTable(headers, rows);
    }

    private static string ChangeCell(MetricsDiffRow row, DiffTableOptions options, IReadOnlyList<GateRule> broken)
    {
        var cell = MetricFormatter.Format(row.Change, options.Precision);
        if (options.Directions is { } directions && row.Change is { Sign: var sign and not 0 })
        {
            var arrow = sign > 0 ? DiffMarkers.Up : DiffMarkers.Down;
            cell = directions.Of(row.Key) switch
            {
                MetricDirection.Unknown => $"{cell} {arrow}",
                var direction => $"{cell} {arrow} {((sign > 0) == (direction == MetricDirection.HigherIsBetter) ? DiffMarkers.Better : DiffMarkers.Worse)}",
            };
        }

        return broken.Count == 0 ? cell : $"{cell} {DiffMarkers.GateFailed} {string.Join(", ", broken.Select(rule => rule.Text))}";
    }
}
