using System.Text;
using ContinuousMl.Metrics;

namespace ContinuousMl.Tests.Metrics;

/// <summary>A side whose files are strings in a dictionary.</summary>
internal sealed class InMemoryMetricsSide(string label, Dictionary<string, string> files) : MetricsSide
{
    public override string Label => label;

    public override string Describe(string path) => $"{path} at {label}";

    public override Task<Stream?> OpenAsync(string path, CancellationToken cancellationToken) =>
        Task.FromResult<Stream?>(files.TryGetValue(path, out var text) ? new MemoryStream(Encoding.UTF8.GetBytes(text)) : null);

    public override Task<bool> ExistsAsync(string path, CancellationToken cancellationToken) => Task.FromResult(files.ContainsKey(path));
}
