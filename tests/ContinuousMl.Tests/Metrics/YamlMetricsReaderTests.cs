using ContinuousMl.Metrics;

namespace ContinuousMl.Tests.Metrics;

public sealed class YamlMetricsReaderTests
{
    private static Dictionary<string, MetricValue> Read(string yaml) => YamlMetricsReader.Read(new StringReader(yaml), "params.yaml at main");

    [Fact]
    public void Nested_mappings_and_sequences_flatten_like_dvc()
    {
        var values = Read("""
            train:
              lr: 0.001
              layers: [64, 32]
            report:
              - name: cat
                f1-score: 0.91
            """);

        Assert.Equal(["report.0.f1-score", "report.0.name", "train.layers.0", "train.layers.1", "train.lr"], values.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("0.001", values["train.lr"].Text);
        Assert.Equal(0.001m, values["train.lr"].Exact);
    }

    [Fact]
    public void Scalars_are_typed_by_the_yaml_1_2_core_schema()
    {
        var values = Read("""
            int: 42
            float: 1.50
            exp: 1e-3
            hex: 0x1F
            octal: 0o17
            yes: yes
            on: true
            off: False
            none: ~
            empty:
            nan: .nan
            inf: -.inf
            bare_nan: nan
            quoted: "0.5"
            single: '7'
            tagged: !!str 8
            text: adam
            """);

        Assert.Equal("42", values["int"].Text);
        Assert.True(values["int"].IsInteger);
        Assert.Equal("1.50", values["float"].Text);
        Assert.Equal(0.001m, values["exp"].Exact);
        Assert.Equal(31m, values["hex"].Exact);
        Assert.Equal(15m, values["octal"].Exact);
        Assert.Equal(MetricValueKind.Text, values["yes"].Kind);
        Assert.Same(MetricValue.True, values["on"]);
        Assert.Same(MetricValue.False, values["off"]);
        Assert.Equal(MetricValueKind.Null, values["none"].Kind);
        Assert.Equal(MetricValueKind.Null, values["empty"].Kind);
        Assert.True(values["nan"].IsNaN);
        Assert.Equal(double.NegativeInfinity, values["inf"].Approximate);
        Assert.Equal(MetricValueKind.Text, values["bare_nan"].Kind);
        Assert.Equal(MetricValueKind.Text, values["quoted"].Kind);
        Assert.Equal(MetricValueKind.Text, values["single"].Kind);
        Assert.Equal(MetricValueKind.Text, values["tagged"].Kind);
        Assert.Equal("adam", values["text"].Text);
    }

    [Fact]
    public void Unicode_keys_and_anchors_are_read()
    {
        var values = Read("""
            base: &b 0.5
            copy: *b
            précision: 0.75
            """);

        Assert.Equal("0.5", values["copy"].Text);
        Assert.Equal("0.75", values["précision"].Text);
    }

    [Fact]
    public void An_empty_file_has_no_values()
    {
        Assert.Empty(Read(string.Empty));
        Assert.Empty(Read("# only a comment\n"));
    }

    [Fact]
    public void Malformed_yaml_names_file_revision_line_and_column()
    {
        var error = Assert.Throws<MetricsFileException>(() => Read("a: 1\n  b: 2\n"));

        Assert.StartsWith("params.yaml at main: invalid YAML at line 2, column 4", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Theory]
    [InlineData("a: {x: 1\nb: 2\n", 1)]
    [InlineData("a: 1\nb: [1, 2\nc: 3\n", 2)]
    public void Unclosed_brackets_name_the_last_good_position(string yaml, int line)
    {
        var error = Assert.Throws<MetricsFileException>(() => Read(yaml));

        Assert.StartsWith($"params.yaml at main: invalid YAML after line {line}, column ", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }
}
