using ContinuousMl.Plots;

namespace ContinuousMl.Tests.Plots;

public class MinMaxPreselectorTests
{
    [Fact]
    public void Keeps_a_series_shorter_than_its_buckets_whole()
    {
        var preselector = new MinMaxPreselector(64);
        var points = Enumerable.Range(0, 50).Select(i => new DataPoint(i, Math.Sin(i))).ToArray();
        foreach (var point in points)
        {
            preselector.Add(point);
        }

        Assert.Equal(points, preselector.ToPoints());
    }

    [Fact]
    public void Holds_a_bounded_number_of_points_however_long_the_stream()
    {
        var preselector = new MinMaxPreselector(100);
        var random = new Random(1);
        for (var i = 0; i < 1_000_000; i++)
        {
            preselector.Add(new DataPoint(i, random.NextDouble()));
        }

        var kept = preselector.ToPoints();

        Assert.Equal(1_000_000, preselector.Count);
        Assert.InRange(kept.Length, 100, (2 * 100) + 4);
        Assert.Equal(kept.OrderBy(p => p.X), kept);
    }

    [Fact]
    public void Keeps_first_last_minimum_and_maximum()
    {
        var preselector = new MinMaxPreselector(8);
        for (var i = 0; i < 10_001; i++)
        {
            var y = i == 1234 ? -7 : i == 8765 ? 9 : 0.5 + (0.01 * Math.Sin(i));
            preselector.Add(new DataPoint(i, y));
        }

        var kept = preselector.ToPoints();

        Assert.Equal(0, kept[0].X);
        Assert.Equal(10_000, kept[^1].X);
        Assert.Contains(new DataPoint(1234, -7), kept);
        Assert.Contains(new DataPoint(8765, 9), kept);
    }

    [Fact]
    public void Returns_nothing_for_an_empty_stream()
    {
        Assert.Empty(new MinMaxPreselector(4).ToPoints());
    }
}
