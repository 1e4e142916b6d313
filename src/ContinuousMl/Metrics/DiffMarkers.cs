namespace ContinuousMl.Metrics;

/// <summary>The symbols the Change column uses.</summary>
public static class DiffMarkers
{
    public const string Up = "▲";
    public const string Down = "▼";
    public const string Better = "✅";
    public const string Worse = "❌";
    public const string GateFailed = "⛔";
}
