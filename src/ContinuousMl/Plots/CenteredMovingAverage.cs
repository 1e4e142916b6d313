namespace ContinuousMl.Plots;

/// <summary>
/// Smooths a stream of points with a moving average over <c>window</c> points centred on each point, so the smoothed
/// curve does not lag behind the raw one as a trailing average would. At the ends the window is cut short.
/// Each point is written once the points after it are known (or at <see cref="Complete"/>).
/// </summary>
public sealed class CenteredMovingAverage
{
    private readonly int before;
    private readonly int after;
    private readonly DataPoint[] ring;
    private readonly Action<DataPoint> emit;
    private long added;
    private long emitted;
    private double sum;
    private long sumFrom;

    /// <param name="window">Points averaged for each output point (1 = unchanged).</param>
    /// <param name="emit">Receives the smoothed points in order.</param>
    public CenteredMovingAverage(int window, Action<DataPoint> emit)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(window, 1);
        before = (window - 1) / 2;
        after = window / 2;
        ring = new DataPoint[window + 1];
        this.emit = emit;
    }

    public void Add(DataPoint point)
    {
        ring[added % ring.Length] = point;
        sum += point.Y;
        added++;
        if (added - 1 - emitted >= after)
        {
            EmitNext(added - 1);
        }
    }

    /// <summary>Writes the last points, whose windows are cut short by the end of the series.</summary>
    public void Complete()
    {
        while (emitted < added)
        {
            EmitNext(added - 1);
        }
    }

    private void EmitNext(long lastAvailable)
    {
        var center = emitted;
        var from = Math.Max(0, center - before);
        var to = Math.Min(lastAvailable, center + after);
        System.Diagnostics.Debug.Assert(to == added - 1, "a window always ends at the newest point");

        // The running sum covers [sumFrom, added) and the window always ends at the newest point: drop what has
        // left it on the left.
        while (sumFrom < from)
        {
            sum -= ring[sumFrom % ring.Length].Y;
            sumFrom++;
        }

        emit(new DataPoint(ring[center % ring.Length].X, sum / (to - from + 1)));
        emitted++;
    }
}
