namespace ContinuousMl.Assets;

/// <summary>
/// The <c>cml=&lt;subtype&gt;</c> query parameter CML's asset protocol adds to every URL (DVC Studio and CML's
/// server use it to tell CML uploads apart); <c>--rm-watermark</c> leaves it out.
/// </summary>
public static class AssetUrlMarker
{
    private const string Name = "cml";

    /// <summary><paramref name="url"/> without its <c>cml=</c> query parameter; everything else is kept in order.</summary>
    public static string Remove(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        var queryStart = url.IndexOf('?', StringComparison.Ordinal);
        if (queryStart < 0)
        {
            return url;
        }

        var fragmentStart = url.IndexOf('#', queryStart);
        var query = fragmentStart < 0 ? url[(queryStart + 1)..] : url[(queryStart + 1)..fragmentStart];
        var fragment = fragmentStart < 0 ? string.Empty : url[fragmentStart..];
        var kept = query.Split('&').Where(pair => pair.Length > 0 && pair.Split('=', 2)[0] != Name).ToArray();
        return kept.Length == 0
            ? url[..queryStart] + fragment
            : $"{url[..queryStart]}?{string.Join('&', kept)}{fragment}";
    }
}
