using ContinuousMl.Metrics;

namespace ContinuousMl.Tests.Metrics;

public sealed class PlainTableWriterTests
{
    [Fact]
    public void Columns_are_aligned_two_spaces_apart_without_trailing_spaces()
    {
        var table = new DiffTable(["Path", "Metric", "main", "workspace", "Change"], [["m.json", "accuracy", "0.9", "0.95", "0.05 ▲ ✅"], ["m.json", "f1", "0.8", "0.7", "-"]]);

        var text = PlainTableWriter.Write(table);

        Assert.Equal(
            "Path    Metric    main  workspace  Change\n" +
            "m.json  accuracy  0.9   0.95       0.05 ▲ ✅\n" +
            "m.json  f1        0.8   0.7        -\n",
            text);
    }
}
