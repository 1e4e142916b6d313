namespace ContinuousMl.Reports;

/// <summary>One file (or data URL) uploaded for a report.</summary>
/// <param name="Source">The real path of the file read, or <c>data:&lt;media type&gt;</c> for an embedded image.</param>
/// <param name="MediaType">The media type it was published with.</param>
/// <param name="Url">Where the store put it; every reference to the source now points here.</param>
public sealed record PublishedAsset(string Source, string MediaType, string Url);
