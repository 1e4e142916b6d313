namespace ContinuousMl.Plots;

/// <summary>
/// Largest-Triangle-Three-Buckets downsampling (Steinarsson, 2013): keeps the points that shape the line, so a
/// million-step log draws like the original with a few hundred points. Plain LTTB always keeps the first and the
/// last point but may drop a lone spike's extreme; here the minimum and the maximum are always kept too, because a
/// reviewer reads a loss chart for exactly those.
/// </summary>
public static class Lttb
{
    /// <summary>The smallest bound that can hold the first, last, minimum and maximum points.</summary>
    public const int MinimumPoints = 4;

    /// <summary>At most <paramref name="maxPoints"/> of <paramref name="points"/>, in their original order.</summary>
    public static DataPoint[] Downsample(ReadOnlySpan<DataPoint> points, int maxPoints)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxPoints, MinimumPoints);
        if (points.Length <= maxPoints)
        {
            return points.ToArray();
        }

        var (minIndex, maxIndex) = Extremes(points);
        var reserved = 0;
        if (minIndex != 0 && minIndex != points.Length - 1)
        {
            reserved++;
        }

        if (maxIndex != minIndex && maxIndex != 0 && maxIndex != points.Length - 1)
        {
            reserved++;
        }

        // Buckets are sized for the bound less the extremes, so adding them back never exceeds it.
        var selected = SelectIndices(points, maxPoints - reserved);
        selected.Add(minIndex);
        selected.Add(maxIndex);
        var result = new DataPoint[selected.Count];
        var i = 0;
        foreach (var index in selected)
        {
            result[i++] = points[index];
        }

        return result;
    }

    private static SortedSet<int> SelectIndices(ReadOnlySpan<DataPoint> points, int threshold)
    {
        var selected = new SortedSet<int> { 0 };
        var bucketSize = (double)(points.Length - 2) / (threshold - 2);
        var a = 0;
        for (var bucket = 0; bucket < threshold - 2; bucket++)
        {
            // The next bucket's average stands in for the point that will be chosen there.
            var nextStart = (int)Math.Floor((bucket + 1) * bucketSize) + 1;
            var nextEnd = Math.Min((int)Math.Floor((bucket + 2) * bucketSize) + 1, points.Length);
            double averageX = 0, averageY = 0;
            for (var j = nextStart; j < nextEnd; j++)
            {
                averageX += points[j].X;
                averageY += points[j].Y;
            }

            var nextCount = Math.Max(nextEnd - nextStart, 1);
            averageX /= nextCount;
            averageY /= nextCount;

            var start = (int)Math.Floor(bucket * bucketSize) + 1;
            var end = Math.Min((int)Math.Floor((bucket + 1) * bucketSize) + 1, points.Length - 1);
            var pointA = points[a];
            var bestArea = -1d;
            var best = start;
            for (var j = start; j < end; j++)
            {
                var area = Math.Abs(((pointA.X - averageX) * (points[j].Y - pointA.Y)) - ((pointA.X - points[j].X) * (averageY - pointA.Y)));
                if (area > bestArea)
                {
                    bestArea = area;
                    best = j;
                }
            }

            selected.Add(best);
            a = best;
        }

        selected.Add(points.Length - 1);
        return selected;
    }

    private static (int Min, int Max) Extremes(ReadOnlySpan<DataPoint> points)
    {
        var min = 0;
        var max = 0;
        for (var i = 1; i < points.Length; i++)
        {
            if (points[i].Y < points[min].Y)
            {
                min = i;
            }

            if (points[i].Y > points[max].Y)
            {
                max = i;
            }
        }

        return (min, max);
    }
}
