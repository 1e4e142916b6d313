namespace ContinuousMl.Plots;

/// <summary>
/// Collects one series while its file streams past: exact summary figures, a bounded preselection of points for
/// drawing, and optionally a smoothed copy (the raw one is then kept too, to draw faintly).
/// </summary>
public sealed class SeriesAccumulator
{
    private readonly MinMaxPreselector raw;
    private readonly MinMaxPreselector? smoothed;
    private readonly CenteredMovingAverage? smoother;
    private SummaryBuilder summary;

    /// <param name="buckets">Preselection buckets (see <see cref="MinMaxPreselector"/>).</param>
    /// <param name="smoothWindow">Moving-average window; 1 or less draws the raw series.</param>
    public SeriesAccumulator(int buckets, int smoothWindow)
    {
        raw = new MinMaxPreselector(buckets);
        if (smoothWindow > 1)
        {
            smoothed = new MinMaxPreselector(buckets);
            smoother = new CenteredMovingAverage(smoothWindow, point =>
            {
                smoothed.Add(point);
                summary.Add(point);
            });
        }
    }

    public long Count => raw.Count;

    public void Add(double x, double y)
    {
        var point = new DataPoint(x, y);
        raw.Add(point);
        if (smoother is null)
        {
            summary.Add(point);
        }
        else
        {
            smoother.Add(point);
        }
    }

    /// <summary>The finished series, or null when no point was added.</summary>
    public ChartSeries? Complete(string label, string metric, SeriesRole role)
    {
        if (raw.Count == 0)
        {
            return null;
        }

        if (smoother is null || smoothed is null)
        {
            return new ChartSeries(label, metric, role, raw.ToPoints(), summary.Build());
        }

        smoother.Complete();
        return new ChartSeries(label, metric, role, smoothed.ToPoints(), summary.Build(), raw.ToPoints());
    }
}
