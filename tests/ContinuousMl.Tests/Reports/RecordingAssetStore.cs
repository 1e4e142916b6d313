using ContinuousMl.Assets;

namespace ContinuousMl.Tests.Reports;

/// <summary>An in-memory store that remembers every call and answers with predictable URLs.</summary>
public sealed class RecordingAssetStore : IAssetStore
{
    private readonly Func<IReadOnlyList<Asset>, IReadOnlyList<string>>? _answer;

    public RecordingAssetStore(Func<IReadOnlyList<Asset>, IReadOnlyList<string>>? answer = null)
    {
        _answer = answer;
    }

    public List<IReadOnlyList<Asset>> Calls { get; } = [];

    public Task<IReadOnlyList<string>> PublishAsync(IReadOnlyList<Asset> assets, CancellationToken cancellationToken)
    {
        Calls.Add(assets.ToArray());
        IReadOnlyList<string> urls = _answer?.Invoke(assets)
            ?? assets.Select((a, i) => $"https://assets.example/{Calls.Count}/{i}/{a.FileName}").ToArray();
        return Task.FromResult(urls);
    }
}
