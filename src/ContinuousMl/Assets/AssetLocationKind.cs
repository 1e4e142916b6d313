namespace ContinuousMl.Assets;

/// <summary>What a URL in a report points at, as far as publishing is concerned.</summary>
public enum AssetLocationKind
{
    /// <summary>Not a file of ours: a URL with a scheme (<c>https:</c>, <c>mailto:</c>), <c>//host</c> or <c>#anchor</c>.</summary>
    NotLocal,

    /// <summary>A file inside the workspace; it can be published.</summary>
    Local,

    /// <summary>A path inside the workspace with no file there; the report keeps the URL as written.</summary>
    Missing,

    /// <summary>A directory inside the workspace; there is nothing to upload, so the URL is kept.</summary>
    Directory,
}
