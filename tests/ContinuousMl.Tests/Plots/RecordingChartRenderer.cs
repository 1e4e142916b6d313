using System.Text;
using ContinuousMl.Plots;

namespace ContinuousMl.Tests.Plots;

/// <summary>Keeps the charts it is asked to draw and writes their titles instead of images.</summary>
internal sealed class RecordingChartRenderer : IChartImageRenderer
{
    public List<(ChartSpec Chart, ImageOptions Options)> Rendered { get; } = [];

    public byte[] Render(ChartSpec chart, ImageOptions options)
    {
        Rendered.Add((chart, options));
        return Encoding.UTF8.GetBytes(chart.Title);
    }
}
