namespace FakeForge;

/// <summary>A file received by the <c>--publish-url</c> asset server, served back at <paramref name="Url"/>.</summary>
public sealed record AssetUpload(string Id, string Url, string ContentType, byte[] Content, string? FileName);
