using ContinuousMl.Plots;

namespace ContinuousMl.Tests.Plots;

public class LttbTests
{
    private static DataPoint[] Wave(int count, Func<int, double> y) =>
        Enumerable.Range(0, count).Select(i => new DataPoint(i, y(i))).ToArray();

    [Fact]
    public void Returns_a_short_series_unchanged()
    {
        var points = Wave(10, i => i * i);

        Assert.Equal(points, Lttb.Downsample(points, 10));
    }

    [Theory]
    [InlineData(1000, 4)]
    [InlineData(1000, 5)]
    [InlineData(1000, 150)]
    [InlineData(100_000, 1600)]
    [InlineData(7, 6)]
    public void Never_returns_more_than_the_bound(int count, int maxPoints)
    {
        var random = new Random(count);
        var points = Wave(count, _ => random.NextDouble());

        var kept = Lttb.Downsample(points, maxPoints);

        Assert.InRange(kept.Length, 3, maxPoints);
    }

    [Fact]
    public void Keeps_first_last_minimum_and_maximum_even_when_they_are_lone_spikes()
    {
        // A ramp with a spike and a dip side by side: LTTB keeps one point per bucket, so alone it drops one of them.
        var points = Wave(10_000, i => i / 10_000.0);
        points[3_333] = new DataPoint(3_333, 50);
        points[3_334] = new DataPoint(3_334, -50);

        var kept = Lttb.Downsample(points, 20);

        Assert.Equal(points[0], kept[0]);
        Assert.Equal(points[^1], kept[^1]);
        Assert.Contains(new DataPoint(3_333, 50), kept);
        Assert.Contains(new DataPoint(3_334, -50), kept);
        Assert.True(kept.Length <= 20);
    }

    [Fact]
    public void Keeps_the_points_in_their_original_order()
    {
        var random = new Random(3);
        var points = Wave(5_000, _ => random.NextDouble());

        var kept = Lttb.Downsample(points, 100);

        Assert.Equal(kept.OrderBy(p => p.X), kept);
    }

    [Fact]
    public void Picks_the_corner_of_a_step()
    {
        var points = Wave(1_000, i => i < 500 ? 0 : 1);

        var kept = Lttb.Downsample(points, 10);

        Assert.Contains(kept, p => p.X is >= 490 and <= 510 && p.Y == 1);
    }

    [Fact]
    public void Refuses_a_bound_that_cannot_hold_first_last_min_and_max()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Lttb.Downsample(Wave(10, i => i), 3));
    }
}
