using ContinuousMl.Metrics;

namespace ContinuousMl.Tests.Metrics;

public sealed class MetricDirectionsTests
{
    [Theory]
    [InlineData("loss", MetricDirection.LowerIsBetter)]
    [InlineData("train.val_loss", MetricDirection.LowerIsBetter)]
    [InlineData("logloss", MetricDirection.LowerIsBetter)]
    [InlineData("eval.error", MetricDirection.LowerIsBetter)]
    [InlineData("MAE", MetricDirection.LowerIsBetter)]
    [InlineData("rmse", MetricDirection.LowerIsBetter)]
    [InlineData("perplexity", MetricDirection.LowerIsBetter)]
    [InlineData("accuracy", MetricDirection.HigherIsBetter)]
    [InlineData("report.0.f1-score", MetricDirection.HigherIsBetter)]
    [InlineData("roc_auc", MetricDirection.HigherIsBetter)]
    [InlineData("step", MetricDirection.Unknown)]
    [InlineData("epoch", MetricDirection.Unknown)]
    [InlineData("lossy_compression_ratio", MetricDirection.Unknown)]
    public void Names_have_a_default_direction(string key, MetricDirection expected)
    {
        Assert.Equal(expected, MetricDirections.Default.Of(key));
    }

    [Fact]
    public void User_patterns_win_over_names_and_lower_wins_over_higher()
    {
        var directions = new MetricDirections(higherBetter: ["throughput*", "loss_reduction"], lowerBetter: ["*.latency_ms", "throughput_p99"]);

        Assert.Equal(MetricDirection.HigherIsBetter, directions.Of("serve.throughput_rps"));
        Assert.Equal(MetricDirection.HigherIsBetter, directions.Of("loss_reduction"));
        Assert.Equal(MetricDirection.LowerIsBetter, directions.Of("serve.latency_ms"));
        Assert.Equal(MetricDirection.LowerIsBetter, directions.Of("throughput_p99"));
        Assert.Equal(MetricDirection.LowerIsBetter, directions.Of("loss"));
    }
}
