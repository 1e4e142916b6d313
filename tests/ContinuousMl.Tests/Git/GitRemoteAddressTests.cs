using ContinuousMl.Git;

namespace ContinuousMl.Tests.Git;

public sealed class GitRemoteAddressTests
{
    [Theory]
    [InlineData("/srv/git/model.git", true)]
    [InlineData("../model.git", true)]
    [InlineData("model", true)]
    [InlineData("file:///srv/git/model.git", true)]
    [InlineData("./dir:with/colon", true)]
    [InlineData("git@github.com:o/r.git", false)]
    [InlineData("github.com:o/r.git", false)]
    [InlineData("https://github.com/o/r.git", false)]
    [InlineData("ssh://git@gitlab.com:2222/g/p.git", false)]
    public void Tells_a_repository_on_this_machine_from_a_server(string url, bool local) =>
        Assert.Equal(local, GitRemoteAddress.IsLocal(url));

    [Theory]
    [InlineData("https://x-access-token:abc@github.com/o/r.git?x=1#y", "https://github.com/o/r.git")]
    [InlineData("http://127.0.0.1:8080/o/r", "http://127.0.0.1:8080/o/r")]
    [InlineData("git@github.com:o/r.git", null)]
    [InlineData("/srv/git/r.git", null)]
    public void Http_urls_lose_their_credentials(string url, string? expected) =>
        Assert.Equal(expected, GitRemoteAddress.HttpWithoutCredentials(url)?.AbsoluteUri);
}
