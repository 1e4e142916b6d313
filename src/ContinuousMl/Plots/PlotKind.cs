namespace ContinuousMl.Plots;

/// <summary>The charts <c>cml plot</c> draws.</summary>
public enum PlotKind
{
    Line,
    Scatter,
    Bar,
    Confusion,
    Roc,
    PrecisionRecall,
}
