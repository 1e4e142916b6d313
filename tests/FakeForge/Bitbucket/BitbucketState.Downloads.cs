namespace FakeForge.Bitbucket;

public sealed partial class BitbucketState
{
    /// <summary>The repository's Downloads, oldest first.</summary>
    public IReadOnlyList<BitbucketDownload> Downloads(string workspace, string slug)
    {
        lock (gate)
        {
            return SeedRepository(workspace, slug).Downloads.Values.OrderBy(d => d.CreatedOn).ToArray();
        }
    }

    public void SeedDownload(string workspace, string slug, string name, byte[] content, string contentType = "application/octet-stream")
    {
        lock (gate)
        {
            var repository = SeedRepository(workspace, slug);
            repository.Downloads[name] = new BitbucketDownload(name, contentType, content, UserLocked("uploader", bot: false), NowLocked());
        }
    }

    /// <summary>Stores a download; one of the same name is replaced, as Bitbucket does.</summary>
    internal BitbucketDownload PutDownload(string workspace, string slug, string name, string contentType, byte[] content, BitbucketUser uploader)
    {
        lock (gate)
        {
            var repository = ApiRepository(workspace, slug);
            var download = new BitbucketDownload(name, contentType, content, uploader, NowLocked());
            repository.Downloads[name] = download;
            return download;
        }
    }

    internal IReadOnlyList<BitbucketDownload> ListDownloads(string workspace, string slug)
    {
        lock (gate)
        {
            return ApiRepository(workspace, slug).Downloads.Values.OrderBy(d => d.CreatedOn).ToArray();
        }
    }

    /// <summary>The download, or null; for the API (unknown repository is a 404) and the web side alike.</summary>
    internal BitbucketDownload? FindDownload(string workspace, string slug, string name)
    {
        lock (gate)
        {
            return ApiRepository(workspace, slug).Downloads.GetValueOrDefault(name);
        }
    }
}
