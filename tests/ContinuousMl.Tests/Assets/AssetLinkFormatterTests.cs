using ContinuousMl.Assets;

namespace ContinuousMl.Tests.Assets;

public class AssetLinkFormatterTests
{
    private const string Url = "https://example.com/a.png";

    [Theory]
    [InlineData("image/png")]
    [InlineData("application/pdf")]
    public void Without_md_the_bare_url(string mediaType)
    {
        Assert.Equal(Url, AssetLinkFormatter.Format(Url, mediaType, markdown: false, title: "ignored"));
    }

    [Theory]
    [InlineData("image/png", "", "![](https://example.com/a.png)")]
    [InlineData("image/svg+xml", "plot", "![](https://example.com/a.png \"plot\")")]
    [InlineData("video/mp4", "run", "![](https://example.com/a.png \"run\")")]
    [InlineData("application/pdf", "report", "[report](https://example.com/a.png)")]
    [InlineData("text/plain", "", "[](https://example.com/a.png)")]
    [InlineData("application/json", "data", "[data](https://example.com/a.png)")]
    public void Md_follows_CMLs_rules(string mediaType, string title, string expected)
    {
        Assert.Equal(expected, AssetLinkFormatter.Format(Url, mediaType, markdown: true, title));
    }

    [Fact]
    public void A_null_title_is_an_empty_one()
    {
        Assert.Equal("![](https://example.com/a.png)", AssetLinkFormatter.Format(Url, "image/png", markdown: true, title: null));
    }

    [Theory]
    [InlineData("image/png", "say \"hi\"", "![](https://example.com/a.png \"say \\\"hi\\\"\")")]
    [InlineData("text/csv", "a [b] c", "[a \\[b\\] c](https://example.com/a.png)")]
    [InlineData("text/csv", "two\nlines", "[two lines](https://example.com/a.png)")]
    public void Titles_that_would_break_the_markdown_are_escaped(string mediaType, string title, string expected)
    {
        Assert.Equal(expected, AssetLinkFormatter.Format(Url, mediaType, markdown: true, title));
    }

    [Fact]
    public void A_url_with_a_space_is_bracketed()
    {
        Assert.Equal("![](<https://example.com/my plot.png>)", AssetLinkFormatter.Format("https://example.com/my plot.png", "image/png", markdown: true, title: ""));
    }

    [Fact]
    public void A_relative_gitlab_upload_url_is_kept()
    {
        Assert.Equal("![](/uploads/abc/f.png \"t\")", AssetLinkFormatter.Format("/uploads/abc/f.png", "image/png", markdown: true, title: "t"));
    }
}
