using ContinuousMl.Metrics;

namespace ContinuousMl.Tests.Metrics;

public sealed class TomlMetricsReaderTests
{
    private static Dictionary<string, MetricValue> Read(string toml) => TomlMetricsReader.Read(toml, "params.toml in the workspace");

    [Fact]
    public void Tables_dotted_keys_inline_tables_and_arrays_of_tables_flatten()
    {
        var values = Read("""
            seed = 7
            model.name = "resnet"
            optimizer = { name = "adam", betas = [0.9, 0.999] }

            [train]
            lr = 0.0010

            [train.schedule]
            warmup = 100

            [[runs]]
            loss = 0.5

            [[runs]]
            loss = 0.25
            """);

        Assert.Equal(
            ["model.name", "optimizer.betas.0", "optimizer.betas.1", "optimizer.name", "runs.0.loss", "runs.1.loss", "seed", "train.lr", "train.schedule.warmup"],
            values.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("0.0010", values["train.lr"].Text);
        Assert.Equal(0.001m, values["train.lr"].Exact);
        Assert.Equal("0.25", values["runs.1.loss"].Text);
        Assert.Equal("resnet", values["model.name"].Text);
        Assert.Equal(MetricValueKind.Text, values["model.name"].Kind);
    }

    [Fact]
    public void Number_forms_keep_their_text_and_value()
    {
        var values = Read("""
            hex = 0x1F
            bin = 0b101
            oct = 0o17
            big = 1_000
            float = 1_000.5
            exp = 5e-3
            nan = nan
            inf = -inf
            on = true
            when = 1979-05-27
            """);

        Assert.Equal("0x1F", values["hex"].Text);
        Assert.Equal(31m, values["hex"].Exact);
        Assert.Equal(5m, values["bin"].Exact);
        Assert.Equal(15m, values["oct"].Exact);
        Assert.Equal(1000m, values["big"].Exact);
        Assert.Equal(1000.5m, values["float"].Exact);
        Assert.Equal("5e-3", values["exp"].Text);
        Assert.True(values["nan"].IsNaN);
        Assert.Equal(double.NegativeInfinity, values["inf"].Approximate);
        Assert.Same(MetricValue.True, values["on"]);
        Assert.Equal("1979-05-27", values["when"].Text);
    }

    [Fact]
    public void Malformed_toml_names_file_line_and_column()
    {
        var error = Assert.Throws<MetricsFileException>(() => Read("a = 1\nb = = 2\n"));

        Assert.StartsWith("params.toml in the workspace: invalid TOML at line 2, column 5", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }
}
