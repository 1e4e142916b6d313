namespace ContinuousMl.Plots;

/// <summary>
/// Reduces a stream of points of unknown length to at most about <c>2 × buckets + 2</c> while it is read, so memory
/// follows the output size and not the file's: points fall into buckets of consecutive rows, each bucket keeps only
/// its lowest and highest point, and when the buckets run out, neighbours merge and every bucket covers twice as
/// many rows. LTTB then picks from what is left (the MinMaxLTTB preselection of Van Der Donckt et al., 2023).
/// The first, last, minimum and maximum points always survive.
/// </summary>
public sealed class MinMaxPreselector
{
    private readonly List<Bucket> buckets;
    private readonly int capacity;
    private long rowsPerBucket = 1;
    private Bucket current;
    private long currentRows;
    private Ranked first;
    private Ranked last;
    private long count;

    /// <param name="capacity">How many buckets to keep (at least 2); about four times the final point count is plenty.</param>
    public MinMaxPreselector(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 2);
        this.capacity = capacity % 2 == 0 ? capacity : capacity + 1;
        buckets = new List<Bucket>(this.capacity);
    }

    /// <summary>How many points were added.</summary>
    public long Count => count;

    public void Add(DataPoint point)
    {
        var ranked = new Ranked(count, point);
        if (count == 0)
        {
            first = ranked;
        }

        last = ranked;
        count++;
        current = currentRows == 0 ? new Bucket(ranked, ranked) : current.With(ranked);
        currentRows++;
        if (currentRows < rowsPerBucket)
        {
            return;
        }

        buckets.Add(current);
        currentRows = 0;
        if (buckets.Count == capacity)
        {
            for (var i = 0; i < capacity / 2; i++)
            {
                buckets[i] = buckets[2 * i].Merge(buckets[(2 * i) + 1]);
            }

            buckets.RemoveRange(capacity / 2, capacity / 2);
            rowsPerBucket *= 2;
        }
    }

    /// <summary>The kept points in the order they were added.</summary>
    public DataPoint[] ToPoints()
    {
        if (count == 0)
        {
            return [];
        }

        var kept = new List<Ranked>((buckets.Count * 2) + 4) { first };
        foreach (var bucket in currentRows == 0 ? buckets : [.. buckets, current])
        {
            var (early, late) = bucket.Low.Rank <= bucket.High.Rank ? (bucket.Low, bucket.High) : (bucket.High, bucket.Low);
            Append(kept, early);
            Append(kept, late);
        }

        Append(kept, last);
        var points = new DataPoint[kept.Count];
        for (var i = 0; i < kept.Count; i++)
        {
            points[i] = kept[i].Point;
        }

        return points;
    }

    private static void Append(List<Ranked> kept, Ranked candidate)
    {
        if (kept[^1].Rank < candidate.Rank)
        {
            kept.Add(candidate);
        }
    }

    /// <summary>A point and its position in the stream, so kept points come out in the order they went in.</summary>
    private readonly record struct Ranked(long Rank, DataPoint Point);

    private readonly record struct Bucket(Ranked Low, Ranked High)
    {
        public Bucket With(Ranked point) => new(
            point.Point.Y < Low.Point.Y ? point : Low,
            point.Point.Y > High.Point.Y ? point : High);

        public Bucket Merge(Bucket next) => new(
            next.Low.Point.Y < Low.Point.Y ? next.Low : Low,
            next.High.Point.Y > High.Point.Y ? next.High : High);
    }
}
