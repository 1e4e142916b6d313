using System.Text;
using ContinuousMl.Assets;

namespace ContinuousMl.Tests.Assets;

public sealed class MediaTypeSnifferTests
{
    public static readonly TheoryData<byte[], string, string> Vectors = new()
    {
        { [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13], "plot.png", "image/png" },
        { [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], "misnamed.jpg", "image/png" },
        { [0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, 0x4A, 0x46], "photo.jpg", "image/jpeg" },
        { Encoding.ASCII.GetBytes("GIF89a\x01\x00"), "anim.gif", "image/gif" },
        { Encoding.ASCII.GetBytes("GIF87a"), "old.gif", "image/gif" },
        { [.. "RIFF"u8, 0x24, 0, 0, 0, .. "WEBPVP8 "u8], "p.webp", "image/webp" },
        { [.. "RIFF"u8, 0x24, 0, 0, 0, .. "WAVEfmt "u8], "sound.webp", "application/octet-stream" },
        { Encoding.ASCII.GetBytes("%PDF-1.7\n%\u00e2\u00e3"), "report.pdf", "application/pdf" },
        { Utf8("<svg xmlns=\"http://www.w3.org/2000/svg\"></svg>"), "chart.svg", "image/svg+xml" },
        { Utf8("<?xml version=\"1.0\"?>\n<!-- made by hand -->\n<svg width=\"1\"/>"), "chart.svg", "image/svg+xml" },
        { Utf8("\uFEFF  \n<svg>\n</svg>"), "bom.svg", "image/svg+xml" },
        { Utf8("<!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\" \"x\">\n<svg></svg>"), "doctype.svg", "image/svg+xml" },
        { Utf8("<?xml version=\"1.0\"?><note>no svg here</note>"), "note.xml", "text/plain" },
        { Utf8("<svgfoo/>"), "not.svg", "text/plain" },
        { Utf8("{\"acc\": 0.9, \"loss\": [1, 2]}"), "metrics.json", "application/json" },
        { Utf8("  [1, 2, 3]\n"), "list.txt", "application/json" },
        { Utf8("{\"acc\": 0.9"), "broken.json", "text/plain" },
        { Utf8("[not json]"), "x.json", "text/plain" },
        { Utf8("{\"a\": 1}"), "data.csv", "application/json" },
        { Utf8("epoch,loss\n1,0.5\n"), "loss.csv", "text/csv" },
        { Utf8("epoch\tloss\n1\t0.5\n"), "loss.TSV", "text/tab-separated-values" },
        { Utf8("epoch,loss\n1,0.5\n"), "loss.txt", "text/plain" },
        { Utf8("# Report\n\nÜnïcödé 日本語 😀\n"), "report.md", "text/plain" },
        { [], "empty.txt", "text/plain" },
        { [0x00, 0x00, 0x00, 0x00], "zeros.bin", "application/octet-stream" },
        { [0xC3, 0x28, 0x41], "latin.txt", "application/octet-stream" },
        { [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00], "model.zip", "application/octet-stream" },
        { Utf8("plain text"), "fake.png", "text/plain" },
    };

    [Theory]
    [MemberData(nameof(Vectors))]
    public void SniffsMediaTypeFromBytesFirst(byte[] content, string fileName, string expected)
    {
        Assert.Equal(expected, MediaTypeSniffer.Sniff(content, fileName));
    }

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);
}
