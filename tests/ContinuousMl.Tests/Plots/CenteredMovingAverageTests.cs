using ContinuousMl.Plots;

namespace ContinuousMl.Tests.Plots;

public class CenteredMovingAverageTests
{
    private static DataPoint[] Smooth(int window, params double[] ys)
    {
        var output = new List<DataPoint>();
        var average = new CenteredMovingAverage(window, output.Add);
        for (var i = 0; i < ys.Length; i++)
        {
            average.Add(new DataPoint(i * 10, ys[i]));
        }

        average.Complete();
        return output.ToArray();
    }

    [Fact]
    public void Averages_each_point_with_its_neighbours_and_cuts_the_window_at_the_ends()
    {
        var smoothed = Smooth(3, 1, 2, 3, 4, 8);

        Assert.Equal([1.5, 2, 3, 5, 6], smoothed.Select(p => p.Y));
        Assert.Equal([0, 10, 20, 30, 40], smoothed.Select(p => p.X));
    }

    [Fact]
    public void An_even_window_reaches_one_point_further_ahead()
    {
        // Window 4 covers [i-1, i+2].
        var smoothed = Smooth(4, 0, 4, 8, 12, 16);

        Assert.Equal([4, 6, 10, 12, 14], smoothed.Select(p => p.Y));
    }

    [Fact]
    public void A_window_of_one_changes_nothing()
    {
        Assert.Equal([3, 1, 4, 1, 5], Smooth(1, 3, 1, 4, 1, 5).Select(p => p.Y));
    }

    [Fact]
    public void A_window_longer_than_the_series_averages_everything()
    {
        var smoothed = Smooth(101, 2, 4, 6);

        Assert.Equal(3, smoothed.Length);
        Assert.All(smoothed, p => Assert.Equal(4, p.Y, 9));
    }

    [Fact]
    public void Flattens_noise_around_a_constant()
    {
        var random = new Random(5);
        var smoothed = Smooth(51, Enumerable.Range(0, 2_000).Select(_ => 1 + ((random.NextDouble() - 0.5) * 0.2)).ToArray());

        Assert.Equal(2_000, smoothed.Length);
        Assert.All(smoothed.Skip(100).Take(1_800), p => Assert.InRange(p.Y, 0.95, 1.05));
    }
}
