using System.Net;
using System.Net.Http.Headers;

namespace ContinuousMl.Tests.FakeForge.GitLab;

public sealed class GitLabUploadsAndSubPathTests : FakeGitLabTestBase
{
    protected override string PathPrefix => "/gitlab";

    [Fact]
    public async Task The_api_and_the_web_live_under_the_relative_url_only()
    {
        using var plain = new HttpClient();
        plain.DefaultRequestHeaders.Add("PRIVATE-TOKEN", Token);
        var origin = Fake.BaseUrl.GetLeftPart(UriPartial.Authority);

        using var underPrefix = await plain.GetAsync($"{origin}/gitlab/api/v4/version");
        using var atRoot = await plain.GetAsync($"{origin}/api/v4/version");
        using var underGroup = await plain.GetAsync($"{origin}/gitlab/acme/api/v4/version");

        Assert.Equal($"{origin}/gitlab/", Fake.BaseUrl.AbsoluteUri);
        Assert.Equal($"{origin}/gitlab/api/v4", Fake.ApiUrl);
        Assert.Equal(HttpStatusCode.OK, underPrefix.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, atRoot.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, underGroup.StatusCode);
        Assert.Equal("/gitlab/api/v4/version", State.Requests.Single(r => r.Method == "GET" && r.PathAndQuery.StartsWith("/gitlab/api", StringComparison.Ordinal)).Path);
    }

    [Fact]
    public async Task An_upload_answers_gitlabs_shape_and_is_served_back_to_browsers()
    {
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 1, 2, 3];

        using var response = await UploadAsync("plot.png", png);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var json = await ReadJsonAsync(response);
        var url = json["url"]!.GetValue<string>();
        Assert.Matches("^/uploads/[0-9a-f]{32}/plot\\.png$", url);
        Assert.Equal($"/-/project/{ProjectId}{url}", json["full_path"]!.GetValue<string>());
        Assert.Equal($"![plot]({url})", json["markdown"]!.GetValue<string>());
        Assert.Equal("plot", json["alt"]!.GetValue<string>());

        var upload = Assert.Single(State.Uploads);
        Assert.Equal($"{Fake.BaseUrl}{ProjectPath}{url}", upload.WebUrl);
        using var browser = new HttpClient();
        Assert.Equal(png, await browser.GetByteArrayAsync(upload.WebUrl));
        Assert.Equal(png, await browser.GetByteArrayAsync($"{Fake.ServerUrl}/-/project/{ProjectId}{url}"));
        using var wrongSecret = await browser.GetAsync($"{Fake.BaseUrl}{ProjectPath}/uploads/{new string('0', 32)}/plot.png");
        Assert.Equal(HttpStatusCode.NotFound, wrongSecret.StatusCode);
    }

    [Fact]
    public async Task The_same_bytes_uploaded_twice_get_two_secrets()
    {
        using var first = await UploadAsync("a.png", [1, 2, 3]);
        using var second = await UploadAsync("a.png", [1, 2, 3]);

        Assert.NotEqual((await ReadJsonAsync(first))["url"]!.GetValue<string>(), (await ReadJsonAsync(second))["url"]!.GetValue<string>());
        Assert.Equal(2, State.Uploads.Count);
    }

    [Fact]
    public async Task An_upload_without_a_file_part_is_a_400()
    {
        using var form = new MultipartFormDataContent { { new StringContent("x"), "other" } };

        using var response = await Api.PostAsync($"projects/{EncodedProject}/uploads", form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("file is missing", (await ReadJsonAsync(response))["error"]!.GetValue<string>());
    }

    private async Task<HttpResponseMessage> UploadAsync(string name, byte[] content)
    {
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("image/png");
        using var form = new MultipartFormDataContent { { file, "file", name } };
        return await Api.PostAsync($"projects/{EncodedProject}/uploads", form);
    }
}
