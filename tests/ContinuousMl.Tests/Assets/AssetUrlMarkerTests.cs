using ContinuousMl.Assets;

namespace ContinuousMl.Tests.Assets;

public class AssetUrlMarkerTests
{
    [Theory]
    [InlineData("https://a.dev/x?cml=png&cache-bypass=1", "https://a.dev/x?cache-bypass=1")]
    [InlineData("https://a.dev/x?k=v&cml=svg%2Bxml&cache-bypass=1", "https://a.dev/x?k=v&cache-bypass=1")]
    [InlineData("https://a.dev/x?cml=png", "https://a.dev/x")]
    [InlineData("https://a.dev/x?cml=png#top", "https://a.dev/x#top")]
    [InlineData("https://a.dev/x?cmlx=1&cml=png", "https://a.dev/x?cmlx=1")]
    [InlineData("https://a.dev/x", "https://a.dev/x")]
    [InlineData("https://a.dev/x#cml=png", "https://a.dev/x#cml=png")]
    public void Removes_only_the_cml_parameter(string url, string expected)
    {
        Assert.Equal(expected, AssetUrlMarker.Remove(url));
    }
}
