using ContinuousMl.Plots;

namespace ContinuousMl.Tests.Plots;

/// <summary>Plot files made in memory, named like the files they stand for.</summary>
internal static class PlotFiles
{
    /// <param name="name">For messages (<c>loss.tsv at main</c>).</param>
    /// <param name="text">The file's content.</param>
    /// <param name="path">Its path, whose extension says the format; the name when null.</param>
    public static TableSource Text(string name, string text, string? path = null) => TableSource.FromText(text, name, path ?? name);

    /// <summary>A DVCLive metric log: timestamp, step and the metric, one row per step.</summary>
    public static string DvcLiveTsv(string metric, params double[] values)
    {
        var text = new System.Text.StringBuilder($"timestamp\tstep\t{metric}\n");
        for (var i = 0; i < values.Length; i++)
        {
            text.Append(System.FormattableString.Invariant($"{1_700_000_000_000 + (i * 1000)}\t{i}\t{values[i]}\n"));
        }

        return text.ToString();
    }

    public static List<string[]> ReadAll(ITableReader reader)
    {
        var rows = new List<string[]>();
        while (reader.MoveNext())
        {
            rows.Add(Enumerable.Range(0, reader.Columns.Count).Select(i => reader.Field(i).ToString()).ToArray());
        }

        return rows;
    }
}
