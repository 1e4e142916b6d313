namespace ContinuousMl.Plots;

/// <summary>
/// Puts every series of a Mermaid chart on one set of x positions. Mermaid's xychart has no x values per point: a
/// line's n values are spread evenly across the x axis, and every line on a chart must have one value per position.
/// So when the data's own x values are few and evenly spaced they are used as they are; otherwise the x range is
/// cut into <c>maxPoints</c> even slots and LTTB picks one point per slot (the point making the largest triangle
/// with the previous pick and the next slot's average), then the first, last, minimum and maximum points are put
/// back in their slots (or the nearest free one). Empty slots inside a series are interpolated; slots beyond its
/// ends repeat its first or last value, since Mermaid cannot leave a gap.
/// </summary>
public static class MermaidGridBuilder
{
    public static MermaidGrid Build(IReadOnlyList<IReadOnlyList<DataPoint>> series, int maxPoints)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxPoints, Lttb.MinimumPoints);
        var sorted = series.Select(s => s.OrderBy(p => p.X).ToArray()).ToArray();
        var union = sorted.SelectMany(s => s).Select(p => p.X).Distinct().Order().ToArray();
        if (union.Length == 0)
        {
            return new MermaidGrid([], true, sorted.Select(_ => Array.Empty<double>()).ToArray());
        }

        if (union.Length <= maxPoints && IsEvenlySpaced(union))
        {
            return new MermaidGrid(union, true, sorted.Select(s => OnExactGrid(s, union)).ToArray());
        }

        var xs = new double[maxPoints];
        var step = (union[^1] - union[0]) / (maxPoints - 1);
        for (var i = 0; i < maxPoints; i++)
        {
            xs[i] = union[0] + (i * step);
        }

        xs[^1] = union[^1];
        return new MermaidGrid(xs, false, sorted.Select(s => OnSlots(s, union[0], step, maxPoints)).ToArray());
    }

    private static bool IsEvenlySpaced(double[] xs)
    {
        if (xs.Length <= 2)
        {
            return true;
        }

        var step = (xs[^1] - xs[0]) / (xs.Length - 1);
        for (var i = 1; i < xs.Length - 1; i++)
        {
            if (Math.Abs(xs[i] - (xs[0] + (i * step))) > step * 1e-6)
            {
                return false;
            }
        }

        return true;
    }

    private static double[] OnExactGrid(DataPoint[] points, double[] xs)
    {
        var values = new double[xs.Length];
        Array.Fill(values, double.NaN);
        var position = 0;
        foreach (var point in points)
        {
            while (xs[position] < point.X)
            {
                position++;
            }

            // A repeated step (a resumed run) keeps the value written last.
            values[position] = point.Y;
        }

        FillGaps(values, xs);
        return values;
    }

    private static double[] OnSlots(DataPoint[] points, double start, double step, int slots)
    {
        var values = new double[slots];
        Array.Fill(values, double.NaN);
        if (points.Length == 0)
        {
            return values;
        }

        int SlotOf(double x) => Math.Clamp((int)Math.Round((x - start) / step), 0, slots - 1);

        var first = new int[slots];
        var count = new int[slots];
        for (var i = 0; i < points.Length; i++)
        {
            var slot = SlotOf(points[i].X);
            if (count[slot]++ == 0)
            {
                first[slot] = i;
            }
        }

        var filled = Enumerable.Range(0, slots).Where(s => count[s] > 0).ToArray();
        var previous = points[0];
        for (var f = 0; f < filled.Length; f++)
        {
            var slot = filled[f];
            var chosen = f == 0 ? points[first[slot]]
                : f == filled.Length - 1 ? points[first[slot] + count[slot] - 1]
                : LargestTriangle(points, first[slot], count[slot], previous, Average(points, first[filled[f + 1]], count[filled[f + 1]]));
            values[slot] = chosen.Y;
            previous = chosen;
        }

        var (min, max) = Extremes(points);
        var taken = new bool[slots];
        foreach (var point in new[] { points[0], points[^1], min, max }.Distinct())
        {
            var slot = NearestFree(taken, SlotOf(point.X));
            values[slot] = point.Y;
            taken[slot] = true;
        }

        var positions = Enumerable.Range(0, slots).Select(i => (double)i).ToArray();
        FillGaps(values, positions);
        return values;
    }

    private static DataPoint LargestTriangle(DataPoint[] points, int from, int count, DataPoint a, DataPoint c)
    {
        var best = points[from];
        var bestArea = -1d;
        for (var i = from; i < from + count; i++)
        {
            var b = points[i];
            var area = Math.Abs(((a.X - c.X) * (b.Y - a.Y)) - ((a.X - b.X) * (c.Y - a.Y)));
            if (area > bestArea)
            {
                bestArea = area;
                best = b;
            }
        }

        return best;
    }

    private static DataPoint Average(DataPoint[] points, int from, int count)
    {
        double x = 0, y = 0;
        for (var i = from; i < from + count; i++)
        {
            x += points[i].X;
            y += points[i].Y;
        }

        return new DataPoint(x / count, y / count);
    }

    private static (DataPoint Min, DataPoint Max) Extremes(DataPoint[] points)
    {
        var min = points[0];
        var max = points[0];
        foreach (var point in points)
        {
            if (point.Y < min.Y)
            {
                min = point;
            }

            if (point.Y > max.Y)
            {
                max = point;
            }
        }

        return (min, max);
    }

    private static int NearestFree(bool[] taken, int slot)
    {
        for (var distance = 0; distance < taken.Length; distance++)
        {
            if (slot + distance < taken.Length && !taken[slot + distance])
            {
                return slot + distance;
            }

            if (slot - distance >= 0 && !taken[slot - distance])
            {
                return slot - distance;
            }
        }

        return slot;
    }

    /// <summary>Interpolates inner gaps linearly in <paramref name="positions"/>; repeats the end values outward.</summary>
    private static void FillGaps(double[] values, double[] positions)
    {
        var firstKnown = Array.FindIndex(values, v => !double.IsNaN(v));
        if (firstKnown < 0)
        {
            return;
        }

        var lastKnown = Array.FindLastIndex(values, v => !double.IsNaN(v));
        for (var i = 0; i < firstKnown; i++)
        {
            values[i] = values[firstKnown];
        }

        for (var i = lastKnown + 1; i < values.Length; i++)
        {
            values[i] = values[lastKnown];
        }

        var left = firstKnown;
        for (var i = firstKnown + 1; i <= lastKnown; i++)
        {
            if (double.IsNaN(values[i]))
            {
                continue;
            }

            for (var gap = left + 1; gap < i; gap++)
            {
                var t = (positions[gap] - positions[left]) / (positions[i] - positions[left]);
                values[gap] = values[left] + (t * (values[i] - values[left]));
            }

            left = i;
        }
    }
}
