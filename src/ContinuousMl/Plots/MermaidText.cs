namespace ContinuousMl.Plots;

/// <summary>Text inside Mermaid's double-quoted strings, which cannot hold a double quote or a line break.</summary>
public static class MermaidText
{
    public static string Quote(string text) =>
        "\"" + text.Replace('"', '\'').ReplaceLineEndings(" ").Trim() + "\"";
}
