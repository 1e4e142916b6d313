namespace ContinuousMl.Plots;

/// <summary>The trapezoidal area under a curve, as scikit-learn's <c>auc</c> computes it for ROC and PR curves.</summary>
public static class AreaUnderCurve
{
    public static double Of(IReadOnlyList<DataPoint> points)
    {
        var sorted = points.OrderBy(p => p.X).ToArray();
        var area = 0d;
        for (var i = 1; i < sorted.Length; i++)
        {
            area += (sorted[i].X - sorted[i - 1].X) * (sorted[i].Y + sorted[i - 1].Y) / 2;
        }

        return area;
    }
}
