using ContinuousMl.Assets;
using ContinuousMl.Reports;
using ContinuousMl.Tests.Assets;

namespace ContinuousMl.Tests.Reports;

public sealed class ReportHtmlWriterTests : IDisposable
{
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 7, 7, 7];

    private const string Report = """
        ## Model report

        ✅ **Quality gates passed**

        | Metric | main | workspace |
        |---|---|---|
        | accuracy | 0.91 | 0.92 |

        ![loss](loss.png)

        ![secret](../../outside/secret.png)

        ![remote](https://example.com/a.png)

        ```mermaid
        xychart-beta
            line [1, 2]
        ```
        """;

    private readonly TempWorkspace workspace = new();

    public ReportHtmlWriterTests()
    {
        workspace.WriteFile("report/loss.png", Png);
        workspace.WriteOutside("secret.png", "not for the page");
    }

    public void Dispose() => workspace.Dispose();

    [Fact]
    public void A_self_contained_page_with_inline_images_and_no_script_by_default()
    {
        var html = Write(mermaid: null);

        Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"en\">", html, StringComparison.Ordinal);
        Assert.Contains("<style>", html, StringComparison.Ordinal);
        Assert.Contains(".markdown-body table", html, StringComparison.Ordinal);
        Assert.Contains("<article class=\"markdown-body\">\n<h2 id=\"model-report\">Model report</h2>", html, StringComparison.Ordinal);
        Assert.Contains("<th>Metric</th>", html, StringComparison.Ordinal);
        Assert.Contains("<td>0.92</td>", html, StringComparison.Ordinal);
        Assert.Contains($"src=\"data:image/png;base64,{Convert.ToBase64String(Png)}\"", html, StringComparison.Ordinal);
        Assert.Contains("src=\"../../outside/secret.png\"", html, StringComparison.Ordinal);
        Assert.Contains("src=\"https://example.com/a.png\"", html, StringComparison.Ordinal);
        Assert.Contains("<code class=\"language-mermaid\">", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
        Assert.EndsWith("</body>\n</html>\n", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Mermaid_is_drawn_only_with_a_script_url()
    {
        var html = Write("https://cdn.example/mermaid.min.js?v=1&x=2");

        Assert.Contains("<pre class=\"mermaid\">xychart-beta", html, StringComparison.Ordinal);
        Assert.DoesNotContain("language-mermaid", html, StringComparison.Ordinal);
        Assert.Contains("<script src=\"https://cdn.example/mermaid.min.js?v=1&amp;x=2\"></script>", html, StringComparison.Ordinal);
        Assert.Contains("mermaid.initialize({ startOnLoad: true });", html, StringComparison.Ordinal);
    }

    private string Write(string? mermaid) =>
        ReportHtmlWriter.Write(Report, Path.Combine(workspace.Root, "report"), new WorkspaceGuard(workspace.Root), mermaid, "Model report");
}
