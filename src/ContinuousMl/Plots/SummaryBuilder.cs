namespace ContinuousMl.Plots;

/// <summary>Running count, first, last, minimum and maximum of a series.</summary>
internal struct SummaryBuilder
{
    private long count;
    private DataPoint first;
    private DataPoint last;
    private DataPoint min;
    private DataPoint max;

    public void Add(DataPoint point)
    {
        if (count == 0)
        {
            first = min = max = point;
        }
        else if (point.Y < min.Y)
        {
            min = point;
        }
        else if (point.Y > max.Y)
        {
            max = point;
        }

        last = point;
        count++;
    }

    public readonly SeriesSummary Build() => new(count, first, last, min, max);
}
