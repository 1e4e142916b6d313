using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace ContinuousMl.Tests.FakeForge;

public sealed class WebAndAssetTests : FakeGitHubTestBase
{
    [Fact]
    public async Task The_asset_server_stores_an_upload_and_serves_it_back_without_a_token()
    {
        var svg = Encoding.UTF8.GetBytes("<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        using var content = new ByteArrayContent(svg);
        content.Headers.ContentType = new MediaTypeHeaderValue("image/svg+xml");
        content.Headers.ContentDisposition = new ContentDispositionHeaderValue("inline") { FileName = "\"plot.svg\"" };

        using var uploaded = await Http.PostAsync("_assets/upload", content);
        var url = await uploaded.Content.ReadAsStringAsync();
        using var anonymous = Client(token: null);
        using var served = await anonymous.GetAsync(new Uri(url));

        Assert.Equal(HttpStatusCode.OK, uploaded.StatusCode);
        Assert.StartsWith($"{Fake.BaseUrl}_assets/", url, StringComparison.Ordinal);
        var upload = Assert.Single(State.Uploads);
        Assert.Equal(("image/svg+xml", "plot.svg"), (upload.ContentType, upload.FileName));
        Assert.Equal(svg, upload.Content);
        Assert.Equal("image/svg+xml", served.Content.Headers.ContentType!.MediaType);
        Assert.Equal(svg, await served.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Blob_pages_serve_files_of_a_branch_or_commit_raw_only_when_asked()
    {
        var sha = State.CommitFiles(Owner, Repo, "cml-assets", new Dictionary<string, byte[]> { ["metrics/report.csv"] = "a,b\n1,2\n"u8.ToArray() });
        using var anonymous = Client(token: null);

        using var raw = await anonymous.GetAsync($"{Owner}/{Repo}/blob/{sha}/metrics/report.csv?raw=true");
        using var byBranch = await anonymous.GetAsync($"{Owner}/{Repo}/blob/cml-assets/metrics/report.csv?raw=true");
        using var page = await anonymous.GetAsync($"{Owner}/{Repo}/blob/{sha}/metrics/report.csv");
        using var elsewhere = await anonymous.GetAsync($"{Owner}/other/blob/{sha}/metrics/report.csv?raw=true");

        Assert.Equal("text/plain", raw.Content.Headers.ContentType!.MediaType);
        Assert.Equal("a,b\n1,2\n", await raw.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, byBranch.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType!.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, elsewhere.StatusCode);
        Assert.Equal(sha, State.RefSha(Owner, Repo, "heads/cml-assets"));
    }
}
