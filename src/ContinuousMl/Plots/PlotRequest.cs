namespace ContinuousMl.Plots;

/// <summary>Everything <c>cml plot &lt;kind&gt;</c> was asked to do.</summary>
public sealed record PlotRequest
{
    public const int DefaultWidth = 800;
    public const int DefaultHeight = 450;
    public const int DefaultMaxPoints = 150;

    public required PlotKind Kind { get; init; }

    /// <summary>Files or folders, relative to the working directory.</summary>
    public required IReadOnlyList<string> Inputs { get; init; }

    /// <summary>-x: the x column; null for DVC's default (<c>step</c>, else the row index).</summary>
    public string? X { get; init; }

    /// <summary>-y: the y columns (bar: the metrics); empty for the default.</summary>
    public IReadOnlyList<string> Y { get; init; } = [];

    /// <summary>--base: the revision whose files are drawn alongside.</summary>
    public string? BaseRevision { get; init; }

    public string? Title { get; init; }

    public string? XLabel { get; init; }

    public string? YLabel { get; init; }

    /// <summary>-o: the output file (one chart) or folder (several); null writes next to the working directory.</summary>
    public string? Output { get; init; }

    /// <summary>--format; null infers it from <see cref="Output"/>'s extension, else PNG.</summary>
    public PlotFormat? Format { get; init; }

    public int Width { get; init; } = DefaultWidth;

    public int Height { get; init; } = DefaultHeight;

    public int Dpi { get; init; } = ImageOptions.ReferenceDpi;

    /// <summary>--max-points: the most points a Mermaid line may have.</summary>
    public int MaxPoints { get; init; } = DefaultMaxPoints;

    /// <summary>--smooth: moving-average window in points; 0 or 1 for none.</summary>
    public int Smooth { get; init; }

    /// <summary>--overlay: every file of the inputs on one chart instead of one chart each.</summary>
    public bool Overlay { get; init; }

    public string Actual { get; init; } = "actual";

    public string Predicted { get; init; } = "predicted";

    /// <summary>--normalize: confusion cells as each actual class's share.</summary>
    public bool Normalize { get; init; }

    /// <summary>--matrix: the confusion file is already a count matrix (rows actual, columns predicted).</summary>
    public bool Matrix { get; init; }
}
