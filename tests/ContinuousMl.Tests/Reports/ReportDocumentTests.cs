using ContinuousMl.Reports;

namespace ContinuousMl.Tests.Reports;

public sealed class ReportDocumentTests
{
    // Each expectation is "Kind|text as written in the source", in source order.
    [Theory]
    [InlineData("![a](plot.png)", "Image|plot.png")]
    [InlineData("[a](data.csv)", "Link|data.csv")]
    [InlineData("![a](<my plot.png>)", "Image|my plot.png")]
    [InlineData("![a](plot.png \"title\")", "Image|plot.png")]
    [InlineData("![a](<my plot.png> 'title')", "Image|my plot.png")]
    [InlineData("[a](b.png 'single') [c](d.png (paren))", "Link|b.png", "Link|d.png")]
    [InlineData("![a]( plot.png )", "Image|plot.png")]
    [InlineData("[x](\n  a.png\n  \"t\")", "Link|a.png")]
    [InlineData("![a](p.png\n)", "Image|p.png")]
    [InlineData("![a][id]\n\n[id]: ./plot.png", "Definition|./plot.png")]
    [InlineData("![a][id]\n\n[id]: <./my plot.png> \"t\"", "Definition|./my plot.png")]
    [InlineData("[foo]\n\n[foo]:\n  /url\n  'title'", "Definition|/url")]
    [InlineData("![][id]\n\n[ID]: a.png", "Definition|a.png")]
    [InlineData("[unused]: never.png", "Definition|never.png")]
    [InlineData("[![alt](img.png)](page.html)", "Image|img.png", "Link|page.html")]
    [InlineData("[![a][img]][page]\n\n[img]: i.png\n[page]: p.html", "Definition|i.png", "Definition|p.html")]
    [InlineData("![outer ![inner](in.png)](out.png)", "Image|in.png", "Image|out.png")]
    [InlineData("| a | b |\n|---|---|\n| ![x](c.png) | [l](d.csv) |", "Image|c.png", "Link|d.csv")]
    [InlineData("|a|b|\r\n|-|-|\r\n|![x](t.png)|[y](u.png)|\r\n", "Image|t.png", "Link|u.png")]
    [InlineData("| a |\n|---|\n| [l](a\\|b.png) x |", "Link|a\\|b.png")]
    [InlineData("| a | b |\n|---|---|\n| x \\| y | [l](q.png) |", "Link|q.png")]
    [InlineData("- item ![a](l.png)\n  - nested [x](n.png)\n> quote ![q](q.png)", "Image|l.png", "Link|n.png", "Image|q.png")]
    [InlineData("1. one\n2. ![two](2.png)", "Image|2.png")]
    [InlineData("> [id]: q.png\n\n![x][id]", "Definition|q.png")]
    [InlineData("- a\n\n\t![x](tab.png)", "Image|tab.png")]
    [InlineData("# Title ![x](h.png) ##", "Image|h.png")]
    [InlineData("Title ![x](s.png)\n===", "Image|s.png")]
    [InlineData("<details>\n<summary>More</summary>\n\n![x](d.png)\n\n</details>", "Image|d.png")]
    [InlineData("line1\r\n\r\n![a](plot.png)\r\n\r\n[id]: x.png\r\n", "Image|plot.png", "Definition|x.png")]
    [InlineData("a\r\nb ![x](p.png)\r\n", "Image|p.png")]
    [InlineData("> a\r\n> ![x](y.png)\r\n", "Image|y.png")]
    [InlineData("- a\r\n\r\n  ![x](y.png)\r\n", "Image|y.png")]
    [InlineData("[id]:\r\n  <a b.png>\r\n  'title'\r\n\r\n![x][id]", "Definition|a b.png")]
    [InlineData("é日本 ![a](p\\(1\\).png)", "Image|p\\(1\\).png")]
    [InlineData("😀 🧪 ![a](p.png) ünïcödé [b](ü.png)", "Image|p.png", "Link|ü.png")]
    [InlineData("\uFEFF![a](bom.png)", "Image|bom.png")]
    [InlineData("![a](&amp;.png)", "Image|&amp;.png")]
    [InlineData("![a](<a\\>b.png>)", "Image|a\\>b.png")]
    [InlineData("![a](my%20plot.png)", "Image|my%20plot.png")]
    [InlineData("![a](p.png?x=1#f)", "Image|p.png?x=1#f")]
    [InlineData("\\![not an image](image.png)", "Link|image.png")]
    [InlineData("![a](data:image/png;base64,iVBORw0KGgo=)", "Image|data:image/png;base64,iVBORw0KGgo=")]
    [InlineData("![](https://cml.dev/watermark.png#abc \"CML watermark\")", "Image|https://cml.dev/watermark.png#abc")]
    public void FindsEveryUrlAtItsExactSpan(string markdown, params string[] expected)
    {
        ReportDocument document = ReportDocument.Parse(markdown);

        string[] actual = document.References
            .Select(r => $"{r.Kind}|{markdown.Substring(r.Start, r.Length)}")
            .ToArray();
        Assert.Equal(expected, actual);
    }

    [Theory]
    [InlineData("`![x](y.png)`")]
    [InlineData("```\n![x](y.png)\n```")]
    [InlineData("~~~md\n[l](y.png)\n~~~")]
    [InlineData("    ![indented](code.png)")]
    [InlineData("* ![a](p.png)\n\n      ![code](c.png)", "p.png")]
    [InlineData("<img src=\"a.png\">")]
    [InlineData("<p>\n<img src=\"a.png\" alt=\"x\">\n</p>")]
    [InlineData("text <img src=\"inline.png\"> text")]
    [InlineData("<https://example.com/auto.png>")]
    [InlineData("text[^1]\n\n[^1]: ./footnote.png")]
    [InlineData("![empty]()")]
    [InlineData("![empty](<>)")]
    [InlineData("![a](p\\ q.png)")]
    [InlineData("[a][b]\n[b]: b.png")]
    public void IgnoresWhatIsNotAMarkdownLink(string markdown, params string[] expectedUrls)
    {
        ReportDocument document = ReportDocument.Parse(markdown);

        Assert.Equal(expectedUrls, document.References.Select(r => r.Url).ToArray());
    }

    [Theory]
    [InlineData("![a](<my plot.png>)", "my plot.png", true)]
    [InlineData("![a](p\\(1\\).png)", "p(1).png", false)]
    [InlineData("![a](&amp;.png)", "&.png", false)]
    [InlineData("![a](a&#32;b.png)", "a b.png", false)]
    [InlineData("[id]: <a\\>b.png>", "a>b.png", true)]
    [InlineData("![a](x\\&copy;y.png)", "x&copy;y.png", false)]
    [InlineData("[id]: x\\&copy;y.png", "x&copy;y.png", false)]
    [InlineData("![a](x&amp;copy;y.png)", "x&copy;y.png", false)]
    [InlineData("| a |\n|---|\n| [l](a\\|b.png) |", "a|b.png", false)]
    public void UrlIsTheDestinationMarkdownReads(string markdown, string url, bool bracketed)
    {
        LinkReference reference = Assert.Single(ReportDocument.Parse(markdown).References);

        Assert.Equal(url, reference.Url);
        Assert.Equal(bracketed, reference.IsAngleBracketed);
    }

    [Fact]
    public void FullReferenceImageIsOnlyItsDefinition()
    {
        const string markdown = "![alt][id] and [text][id]\n\n[id]: ./plot.png \"Plot\"\n";

        LinkReference reference = Assert.Single(ReportDocument.Parse(markdown).References);

        Assert.Equal(LinkReferenceKind.Definition, reference.Kind);
        Assert.Equal(markdown.IndexOf("./plot.png", StringComparison.Ordinal), reference.Start);
    }

    [Fact]
    public void SpliceWithoutReplacementsKeepsTheTextByteForByte()
    {
        string markdown = SampleReport.Replace("\n", "\r\n", StringComparison.Ordinal);

        ReportDocument document = ReportDocument.Parse(markdown);

        Assert.NotEmpty(document.References);
        Assert.Same(markdown, document.Splice(new Dictionary<LinkReference, string>()));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void SpliceChangesOnlyTheUrlTexts(bool crlf)
    {
        string markdown = crlf ? SampleReport.Replace("\n", "\r\n", StringComparison.Ordinal) : SampleReport;
        ReportDocument document = ReportDocument.Parse(markdown);
        var replacements = document.References.ToDictionary(r => r, r => $"https://assets.example/{r.Start}.png");

        string spliced = document.Splice(replacements);

        AssertOnlyUrlsChanged(document, replacements, spliced);
    }

    [Fact]
    public void SpliceOfTheSampleGivesTheExpectedText()
    {
        const string markdown = "# Report\n\n_em_ and * bullets\n\n![a](plots/a.png \"A\") [b](<b c.csv>)\n\n[d]: ./d.png\n";
        ReportDocument document = ReportDocument.Parse(markdown);
        var replacements = document.References.ToDictionary(r => r, r => "https://x.example/" + r.Url.Replace(' ', '_'));

        Assert.Equal(
            "# Report\n\n_em_ and * bullets\n\n![a](https://x.example/plots/a.png \"A\") [b](<https://x.example/b_c.csv>)\n\n[d]: https://x.example/./d.png\n",
            document.Splice(replacements));
    }

    [Fact]
    public void SpliceOnlyTouchesTheGivenReferences()
    {
        const string markdown = "![a](a.png) ![b](b.png) ![c](c.png)";
        ReportDocument document = ReportDocument.Parse(markdown);
        LinkReference middle = document.References[1];

        string spliced = document.Splice(new Dictionary<LinkReference, string> { [middle] = "https://x/B.png" });

        Assert.Equal("![a](a.png) ![b](https://x/B.png) ![c](c.png)", spliced);
    }

    [Theory]
    [InlineData("![a](plot.png)", "https://x/my plot.png", "![a](<https://x/my plot.png>)")]
    [InlineData("[id]: plot.png \"t\"", "https://x/my plot.png", "[id]: <https://x/my plot.png> \"t\"")]
    [InlineData("![a](plot.png)", "https://x/a(1).png", "![a](https://x/a\\(1\\).png)")]
    [InlineData("![a](plot.png)", "https://x/a).png", "![a](https://x/a\\).png)")]
    [InlineData("![a](<my plot.png>)", "https://x/a>b <c>.png", "![a](<https://x/a\\>b \\<c\\>.png>)")]
    [InlineData("![a](<my plot.png>)", "https://x/a(1).png", "![a](<https://x/a(1).png>)")]
    [InlineData("![a](plot.png)", "https://x/a\\b.png", "![a](https://x/a\\\\b.png)")]
    [InlineData("![a](plot.png)", "https://x/a.png?x=1&copy;y", "![a](https://x/a.png?x=1&amp;copy;y)")]
    [InlineData("![a](plot.png)", "https://x/a.png?x=1&b=2", "![a](https://x/a.png?x=1&b=2)")]
    [InlineData("| a |\n|---|\n| ![a](plot.png) |", "https://x/a|b.png", "| a |\n|---|\n| ![a](https://x/a%7Cb.png) |")]
    [InlineData("![a](plot.png)", "https://x/a\nb.png", "![a](https://x/a%0Ab.png)")]
    [InlineData("[id]: plot.png", "", "[id]: <>")]
    public void SplicedUrlsStayValidMarkdown(string markdown, string replacement, string expected)
    {
        ReportDocument document = ReportDocument.Parse(markdown);
        LinkReference reference = Assert.Single(document.References);

        string spliced = document.Splice(new Dictionary<LinkReference, string> { [reference] = replacement });

        Assert.Equal(expected, spliced);
        if (replacement.Length > 0)
        {
            string expectedUrl = replacement.Replace("|", "%7C", StringComparison.Ordinal).Replace("\n", "%0A", StringComparison.Ordinal);
            Assert.Equal(expectedUrl, Assert.Single(ReportDocument.Parse(spliced).References).Url);
        }
    }

    [Fact]
    public void SpliceRejectsAReferenceFromAnotherDocument()
    {
        ReportDocument document = ReportDocument.Parse("![a](a.png)");
        var stranger = new LinkReference(LinkReferenceKind.Image, "a.png", 0, 5, false);

        Assert.Throws<ArgumentException>(() => document.Splice(new Dictionary<LinkReference, string> { [stranger] = "x" }));
    }

    // A report with most constructs a CML user writes, including ones CML's re-serialisation used to mangle.
    private const string SampleReport = """
        # Model report ![badge](https://img.shields.io/badge/x-y-green)

        _emphasis_, + plus bullets and `![code](not.png)` stay as written &copy; c&d=2

        - ![loss](plots/loss.png "Loss")
        + [metrics](metrics.json)
          * nested ![nested](<plots/my nested.png>)

        > ![quoted](q.png)

        | Metric | Plot |
        |:------|-----:|
        | acc \| top1 | ![acc](plots/acc.png) |
        | f1 | [![thumb](t.png)](full.png) |

        ```python
        print("![not](a.png)")
        ```

        <details><summary>More</summary>

        ![inside details][conf]

        <img src="raw.png">

        </details>

        Ünïcödé 日本語 😀 ![emoji](e\(1\).png)

        [conf]: ./plots/confusion.png 'Confusion'
        [^1]: a footnote ./f.png

        ![](https://cml.dev/watermark.png#abc "CML watermark")

        """;

    private static void AssertOnlyUrlsChanged(ReportDocument original, IReadOnlyDictionary<LinkReference, string> replacements, string spliced)
    {
        IReadOnlyList<LinkReference> before = original.References;
        IReadOnlyList<LinkReference> after = ReportDocument.Parse(spliced).References;
        Assert.Equal(before.Count, after.Count);

        int oldEnd = 0;
        int newEnd = 0;
        for (int i = 0; i < before.Count; i++)
        {
            Assert.Equal(before[i].Kind, after[i].Kind);
            Assert.Equal(replacements.TryGetValue(before[i], out string? url) ? url : before[i].Url, after[i].Url);

            // When the writer had to add angle brackets they belong to the new URL, not to the text around it.
            int added = after[i].IsAngleBracketed && !before[i].IsAngleBracketed ? 1 : 0;
            Assert.Equal(
                original.Source[oldEnd..before[i].Start],
                spliced[newEnd..(after[i].Start - added)]);
            oldEnd = before[i].Start + before[i].Length;
            newEnd = after[i].Start + after[i].Length + added;
        }

        Assert.Equal(original.Source[oldEnd..], spliced[newEnd..]);
    }
}
