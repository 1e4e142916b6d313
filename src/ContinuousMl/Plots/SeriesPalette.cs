namespace ContinuousMl.Plots;

/// <summary>
/// The colours series are drawn in, the same in images and in Mermaid, each paired with the coloured square
/// emoji that stands for it in a Markdown legend (Mermaid charts on GitHub and GitLab draw no legend).
/// </summary>
public static class SeriesPalette
{
    private static readonly (string Hex, string Swatch)[] Entries =
    [
        ("#1f77b4", "🟦"),
        ("#ff7f0e", "🟧"),
        ("#2ca02c", "🟩"),
        ("#d62728", "🟥"),
        ("#9467bd", "🟪"),
        ("#8c564b", "🟫"),
        ("#e6b800", "🟨"),
        ("#333333", "⬛"),
    ];

    public static int Count => Entries.Length;

    /// <summary>The colour of the series at <paramref name="index"/>, as <c>#rrggbb</c>.</summary>
    public static string Hex(int index) => Entries[index % Entries.Length].Hex;

    /// <summary>The emoji square of the same colour.</summary>
    public static string Swatch(int index) => Entries[index % Entries.Length].Swatch;
}
