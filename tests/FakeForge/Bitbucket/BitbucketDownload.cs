namespace FakeForge.Bitbucket;

/// <summary>A file in a repository's Downloads, served at <c>/{workspace}/{slug}/downloads/{name}</c>.</summary>
public sealed record BitbucketDownload(string Name, string ContentType, byte[] Content, BitbucketUser Uploader, DateTimeOffset CreatedOn);
