using System.Buffers.Binary;
using ContinuousMl.EndToEnd.Infrastructure;

namespace ContinuousMl.EndToEnd.Plots;

// The real `cml plot` in a checkout whose main branch trained differently: the base series comes from git.
public sealed class PlotCommandTests : IDisposable
{
    private const string LossPath = "dvclive/plots/metrics/loss.tsv";
    private static readonly Dictionary<string, string> NoEnvironment = [];

    private readonly GitWorkspace workspace;

    public PlotCommandTests()
    {
        // main's run: 3 steps ending at 0.45; this branch's run (uncommitted, as after training): 5 steps ending at 0.21.
        workspace = GitWorkspace.Create("https://github.com/acme/model.git", new Dictionary<string, byte[]>
        {
            [LossPath] = System.Text.Encoding.UTF8.GetBytes("timestamp\tstep\tloss\n1\t0\t0.95\n2\t1\t0.62\n3\t2\t0.45\n"),
        });
        workspace.Git("branch", "main");
        workspace.Write(LossPath, "timestamp\tstep\tloss\n1\t0\t0.9\n2\t1\t0.5\n3\t2\t0.33\n4\t3\t0.25\n5\t4\t0.21\n");
        workspace.Write("predictions.csv", "actual,predicted\ncat,cat\ncat,dog\ndog,dog\n");
    }

    public void Dispose() => workspace.Dispose();

    [Fact]
    public async Task Draws_the_branch_against_main_as_mermaid_from_git()
    {
        var result = await CmlProcess.RunAsync(workspace.Root, NoEnvironment, "plot", "line", LossPath, "--base", "main", "--format", "mermaid");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.StartsWith("```mermaid\n", result.Stdout);
        Assert.Contains("\nxychart-beta\n", result.Stdout);
        Assert.Contains("    x-axis \"step\" [\"0\", \"1\", \"2\", \"3\", \"4\"]\n", result.Stdout);
        Assert.Contains("    line [0.9, 0.5, 0.33, 0.25, 0.21]\n", result.Stdout);
        Assert.Contains("    line [0.95, 0.62, 0.45, 0.45, 0.45]\n", result.Stdout);
        Assert.Contains("- 🟧 loss (main): 0.45 at step 2 (min 0.45, max 0.95); ends at step 2, drawn flat after\n", result.Stdout);
        Assert.EndsWith("\n\n", result.Stdout);
    }

    [Fact]
    public async Task Writes_a_png_of_the_requested_size_and_prints_its_markdown()
    {
        var result = await CmlProcess.RunAsync(
            workspace.Root, NoEnvironment, "plot", "line", LossPath, "--base", "main", "--title", "val loss", "-o", "charts/loss.png", "--width", "640", "--height", "360");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("![val loss](charts/loss.png)\n\n", result.Stdout);
        var png = await File.ReadAllBytesAsync(Path.Combine(workspace.Root, "charts", "loss.png"));
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], png[..4]);
        Assert.Equal(640, BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16, 4)));
        Assert.Equal(360, BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20, 4)));
    }

    [Fact]
    public async Task Quiet_prints_nothing_and_still_writes_the_chart()
    {
        var result = await CmlProcess.RunAsync(workspace.Root, NoEnvironment, "plot", "confusion", "predictions.csv", "-o", "cm.svg", "--quiet");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(string.Empty, result.Stdout);
        var svg = await File.ReadAllTextAsync(Path.Combine(workspace.Root, "cm.svg"));
        Assert.Contains("<svg", svg);
        Assert.Contains("predicted", svg);
    }

    [Fact]
    public async Task An_unknown_column_is_one_line_naming_the_columns_there_are()
    {
        var result = await CmlProcess.RunAsync(workspace.Root, NoEnvironment, "plot", "line", LossPath, "-y", "val_loss");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(string.Empty, result.Stdout);
        Assert.Contains($"cml: {LossPath} has no column 'val_loss' (columns: timestamp, step, loss); pass -y with one of them\n", result.Stderr);
    }

    [Fact]
    public async Task A_bad_flag_value_is_a_usage_error()
    {
        var result = await CmlProcess.RunAsync(workspace.Root, NoEnvironment, "plot", "line", LossPath, "--max-points", "2");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--max-points 2 is out of range", result.Stderr);
    }
}
