using ContinuousMl.Assets;
using ContinuousMl.Errors;

namespace ContinuousMl.Tests.Assets;

public sealed class DataUrlTests
{
    private static readonly byte[] PngHeader = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    [Fact]
    public void DecodesABase64Image()
    {
        string url = "data:image/png;base64," + Convert.ToBase64String(PngHeader);

        Asset asset = DataUrl.Parse(url);

        Assert.Equal("file.png", asset.FileName);
        Assert.Equal("image/png", asset.MediaType);
        Assert.Equal(PngHeader, asset.Content.ToArray());
    }

    [Theory]
    [InlineData("data:image/jpeg;base64,/9j/", "file.jpeg", "image/jpeg")]
    [InlineData("data:IMAGE/GIF;BASE64,R0lGODlh", "file.gif", "image/gif")]
    [InlineData("data:image/svg+xml;charset=utf-8;base64,PHN2Zy8+", "file.svg", "image/svg+xml")]
    public void NamesTheFileAfterTheSubtype(string url, string fileName, string mediaType)
    {
        Asset asset = DataUrl.Parse(url);

        Assert.Equal(fileName, asset.FileName);
        Assert.Equal(mediaType, asset.MediaType);
    }

    [Theory]
    [InlineData("data:image/png;base64,iVBORw0KGgo=")]
    [InlineData("data:image/png;base64,iVBORw0KGgo")]
    [InlineData("data:image/png;base64,iVBORw0K%0AGgo%3D")]
    [InlineData("data:image/png;base64,iVBO Rw0K\nGgo=")]
    public void AcceptsCommonBase64Variants(string url)
    {
        Assert.Equal(PngHeader, DataUrl.Parse(url).Content.ToArray());
    }

    [Fact]
    public void AcceptsTheUrlSafeAlphabet()
    {
        byte[] bytes = [0xFB, 0xFF, 0xBF];

        Assert.Equal(bytes, DataUrl.Parse("data:image/png;base64,-_-_").Content.ToArray());
        Assert.Equal(bytes, DataUrl.Parse("data:image/png;base64,+/+/").Content.ToArray());
    }

    [Fact]
    public void DecodesPercentEncodedSvg()
    {
        Asset asset = DataUrl.Parse("data:image/svg+xml,%3Csvg%20xmlns%3D%22http%3A%2F%2Fwww.w3.org%2F2000%2Fsvg%22%2F%3E");

        Assert.Equal("<svg xmlns=\"http://www.w3.org/2000/svg\"/>", System.Text.Encoding.UTF8.GetString(asset.Content.Span));
        Assert.Equal("image/svg+xml", asset.MediaType);
    }

    [Theory]
    [InlineData("data:image/png;base64,iVBOR*w0KGgo=", "invalid base64: unexpected character '*' at offset 5")]
    [InlineData("data:image/png;base64,iVBORw0KG", "invalid base64: the data is truncated")]
    [InlineData("data:image/png;base64,iV=BORw0", "invalid base64: misplaced padding")]
    [InlineData("data:image/png;base64,", "has no data")]
    [InlineData("data:image/png;base64", "has no \",\" before its data")]
    [InlineData("data:;base64,AAAA", "has no valid media type")]
    [InlineData("data:image;base64,AAAA", "has no valid media type")]
    [InlineData("data:image/p ng;base64,AAAA", "has no valid media type")]
    [InlineData("https://example.com/a.png", "is not a data URL")]
    public void InvalidDataUrlsNameTheProblem(string url, string problem)
    {
        var error = Assert.Throws<CmlException>(() => DataUrl.Parse(url));

        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("data:image/png;base64,AAAA", true)]
    [InlineData("DATA:Image/png;base64,AAAA", true)]
    [InlineData("data:text/plain,hello", false)]
    [InlineData("plots/data:image.png", false)]
    public void OnlyImageDataUrlsArePublished(string url, bool expected)
    {
        Assert.Equal(expected, DataUrl.IsImage(url));
    }
}
