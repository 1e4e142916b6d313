namespace ContinuousMl.Assets;

/// <summary>Bytes to publish, with the name and media type a reader's browser needs.</summary>
/// <param name="FileName">A file name (no folders), used for the stored object's name.</param>
/// <param name="MediaType">The MIME type, e.g. <c>image/png</c>.</param>
/// <param name="Content">The bytes.</param>
public sealed record Asset(string FileName, string MediaType, ReadOnlyMemory<byte> Content);
