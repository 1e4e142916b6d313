namespace ContinuousMl.Cli.Commands;

/// <summary>The options of <c>asset publish</c>, after flags and environment are merged.</summary>
public sealed record AssetPublishSettings
{
    public required string Asset { get; init; }

    public bool Markdown { get; init; }

    public string Title { get; init; } = string.Empty;

    /// <summary>Forge storage; also what <c>--gitlab-uploads</c> asks for. Wins over <see cref="Url"/>, as in CML.</summary>
    public bool Native { get; init; }

    /// <summary>The deprecated spelling of <see cref="Native"/> was used: it earns CML's warning.</summary>
    public bool GitLabUploads { get; init; }

    public string? MimeType { get; init; }

    /// <summary>An asset server speaking CML's protocol, instead of the forge's storage.</summary>
    public string? Url { get; init; }

    public bool RemoveWatermark { get; init; }

    /// <summary>Where to write the output instead of stdout (replaced, as CML does).</summary>
    public string? File { get; init; }
}
