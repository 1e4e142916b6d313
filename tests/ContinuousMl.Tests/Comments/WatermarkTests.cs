using ContinuousMl.Comments;

namespace ContinuousMl.Tests.Comments;

// The vectors of CML 0.20.6's src/watermark.test.js and the extra cases of the reference (§4.4, §10.2).
public class WatermarkTests
{
    [Fact]
    public void Appends_the_watermark_after_a_blank_line()
    {
        var watermark = new Watermark(label: null, workflow: "workflow-id", run: "run-id", sha: "deadbeef");

        Assert.Equal("some report\n\n![](https://cml.dev/watermark.png#deadbeef \"CML watermark\")", watermark.AppendTo("some report"));
    }

    [Theory]
    [InlineData("some-label", "CML watermark some-label")]
    [InlineData("some-label-{workflow}", "CML watermark some-label-workflow-id")]
    [InlineData("some-label-{run}", "CML watermark some-label-run-id")]
    [InlineData("{workflow}-{workflow}", "CML watermark workflow-id-{workflow}")]
    [InlineData("custom_1[*]-vm", "CML watermark custom\\_1\\[\\*]-vm")]
    [InlineData("a<b>_*", "CML watermark a\\<b>\\_\\*")]
    [InlineData("  ", "CML watermark")]
    public void Builds_the_title_as_CML_does(string label, string title)
    {
        var watermark = new Watermark(label, "workflow-id", "run-id", "deadbeef");

        Assert.Equal(title, watermark.Title);
        Assert.Equal($"![](https://cml.dev/watermark.png#deadbeef \"{title}\")", watermark.Text);
    }

    [Fact]
    public void A_missing_placeholder_value_reads_undefined_like_CML()
    {
        Assert.Equal("CML watermark run-undefined", new Watermark("run-{run}", null, null, "ab").Title);
    }

    [Fact]
    public void Without_a_sha_there_is_no_fragment_and_it_cannot_be_found_again()
    {
        var watermark = new Watermark(string.Empty, null, null, sha: null);

        Assert.Equal("![](https://cml.dev/watermark.png \"CML watermark\")", watermark.Text);
        Assert.False(watermark.IsIn(watermark.AppendTo("report")));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("custom_1[*]-vm")]
    public void Is_found_in_a_report_it_was_appended_to(string? label)
    {
        var watermark = new Watermark(label, "w", "r", "deadbeef");

        Assert.True(watermark.IsIn(watermark.AppendTo("some report")));
    }

    [Fact]
    public void Is_found_whatever_the_sha()
    {
        var first = new Watermark("some-label-{run}", null, "run-id", "deadbeef");
        var second = new Watermark("some-label-{run}", null, "run-id", "abcd");

        Assert.True(second.IsIn(first.AppendTo("some report")));
        Assert.False(second.IsExactlyIn(first.AppendTo("some report")));
        Assert.True(first.IsExactlyIn(first.AppendTo("some report")));
    }

    [Fact]
    public void Is_not_found_under_another_title()
    {
        var first = new Watermark("some-label-{workflow}", "workflow-id", null, "deadbeef");
        var second = new Watermark("some-label-{workflow}", "different-workflow-id", "run-id", "abcd");

        Assert.False(second.IsIn(first.AppendTo("some report")));
    }

    [Fact]
    public void A_non_hex_sha_is_never_found_again()
    {
        var written = new Watermark(null, null, null, "HEAD");

        Assert.False(new Watermark(null, null, null, "abc").IsIn(written.AppendTo("x")));
    }

    [Fact]
    public void A_titled_watermark_does_not_match_the_untitled_one()
    {
        var untitled = new Watermark(null, null, null, "abc");
        var titled = new Watermark("nightly", null, null, "abc");

        Assert.False(untitled.IsIn(titled.AppendTo("x")));
        Assert.False(titled.IsIn(untitled.AppendTo("x")));
    }

    [Theory]
    [InlineData("![](https://cml.dev/watermark.png#DeadBeef01 \"CML watermark\")", true)]
    [InlineData("![](https://cml.dev/watermark.png# \"CML watermark\") then ![](https://cml.dev/watermark.png#abc \"CML watermark\")", true)]
    [InlineData("![](https://cml.dev/watermark.png# \"CML watermark\")", false)]
    [InlineData("![](https://cml.dev/watermark.png#abcg \"CML watermark\")", false)]
    [InlineData("![](https://cml.dev/watermark.png#abc \"CML watermark\"", false)]
    [InlineData("![](https://cml.dev/watermark.png#abc \"CML watermark x\")", false)]
    public void Any_hex_sha_before_this_exact_title_is_found(string body, bool expected)
    {
        Assert.Equal(expected, new Watermark(null, null, null, "abc").IsIn(body));
    }
}
