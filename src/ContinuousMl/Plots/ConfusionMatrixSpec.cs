namespace ContinuousMl.Plots;

/// <summary>
/// A confusion matrix as scikit-learn lays it out: one row per actual class (y axis), one column per predicted
/// class (x axis), classes in the same order on both.
/// </summary>
/// <param name="Cells">[actual, predicted]: counts, or with <see cref="Normalized"/> each actual class's share (rows sum to 1).</param>
/// <param name="Total">How many samples were counted.</param>
public sealed record ConfusionMatrixSpec(
    string Title,
    string FileStem,
    string ActualLabel,
    string PredictedLabel,
    IReadOnlyList<string> Classes,
    double[,] Cells,
    bool Normalized,
    long Total) : ChartSpec(Title, FileStem);
