using System.Net;
using System.Net.Http.Headers;
using global::FakeForge;

namespace ContinuousMl.Tests.FakeForge.Bitbucket;

public sealed class FakeBitbucketDownloadTests : FakeBitbucketTestBase
{
    [Fact]
    public async Task An_uploaded_file_is_listed_redirected_to_and_served_on_the_web()
    {
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 1, 2, 3];
        using var upload = await UploadAsync("plot.png", png, "image/png");

        var list = await ReadJsonAsync(await Http.GetAsync($"{Repository}/downloads"));
        using var redirect = await Http.GetAsync($"{Repository}/downloads/plot.png");
        using var browser = new HttpClient();
        using var web = await browser.GetAsync(redirect.Headers.Location);

        Assert.Equal(HttpStatusCode.Created, upload.StatusCode);
        Assert.Equal("plot.png", list["values"]![0]!["name"]!.GetValue<string>());
        Assert.Equal(png.Length, list["values"]![0]!["size"]!.GetValue<int>());
        Assert.Equal(HttpStatusCode.Found, redirect.StatusCode);
        Assert.Equal($"{Fake.BaseUrl}{Workspace}/{Slug}/downloads/plot.png", redirect.Headers.Location?.AbsoluteUri);
        Assert.Equal(png, await web.Content.ReadAsByteArrayAsync());
        Assert.Equal("image/png", web.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_file_of_the_same_name_is_replaced()
    {
        await UploadAsync("a.txt", [1], "text/plain");
        await UploadAsync("a.txt", [2, 2], "text/plain");

        var download = Assert.Single(State.Downloads(Workspace, Slug));
        Assert.Equal([2, 2], download.Content);
    }

    [Fact]
    public async Task A_missing_file_is_a_404_on_the_api_and_the_web()
    {
        using var api = await Http.GetAsync($"{Repository}/downloads/nothing.png");
        using var browser = new HttpClient();
        using var web = await browser.GetAsync(new Uri(Fake.BaseUrl, $"{Workspace}/{Slug}/downloads/nothing.png"));

        Assert.Equal(HttpStatusCode.NotFound, api.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, web.StatusCode);
    }

    [Fact]
    public async Task Uploading_needs_repository_write_and_a_files_field()
    {
        State.AddAccessToken("reader", "reader-bot", ["repository"]);
        using var reader = Client(new AuthenticationHeaderValue("Bearer", "reader"));
        using var form = new MultipartFormDataContent { { new ByteArrayContent([1]), "other", "x.bin" } };

        using var refused = await reader.PostAsync($"{Repository}/downloads", new MultipartFormDataContent { { new ByteArrayContent([1]), "files", "x.bin" } });
        using var wrongField = await Http.PostAsync($"{Repository}/downloads", form);

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, wrongField.StatusCode);
        Assert.Empty(State.Downloads(Workspace, Slug));
    }

    [Fact]
    public async Task Faults_apply_to_bitbucket_paths_before_or_after_handling()
    {
        State.AddFault(new Fault("POST", $"^/2.0/{Repository}/downloads$", 502));
        State.AddFault(new Fault("POST", $"^/2.0/{Repository}/pullrequests/1/comments$", 503, AfterHandling: true));

        using var upload = await UploadAsync("a.txt", [1], "text/plain");
        using var comment = await PostPullRequestCommentAsync("landed anyway");

        Assert.Equal(HttpStatusCode.BadGateway, upload.StatusCode);
        Assert.Empty(State.Downloads(Workspace, Slug));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, comment.StatusCode);
        Assert.Single(State.PullRequestComments(Workspace, Slug, 1));
        Assert.Equal(0, State.PendingFaults);
    }

    private Task<HttpResponseMessage> UploadAsync(string name, byte[] content, string mediaType)
    {
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue(mediaType);
        return Http.PostAsync($"{Repository}/downloads", new MultipartFormDataContent { { file, "files", name } });
    }
}
