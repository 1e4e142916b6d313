using ContinuousMl.Ci;
using ContinuousMl.Errors;
using ContinuousMl.Forges;
using ContinuousMl.GitLab;
using Microsoft.Extensions.Logging.Abstractions;

namespace ContinuousMl.Tests.GitLab;

public class GitLabApiLocatorTests
{
    [Fact]
    public void CI_API_V4_URL_on_the_same_server_gives_the_base_and_the_project_path()
    {
        var project = GitLabApiLocator.FromCi(RepositoryUrl.Parse("https://gitlab.example.com/group/sub/project"), "https://gitlab.example.com/api/v4");

        Assert.NotNull(project);
        Assert.Equal("https://gitlab.example.com/api/v4/", project.ApiBase.AbsoluteUri);
        Assert.Equal("group/sub/project", project.Path);
        Assert.Equal("group%2Fsub%2Fproject", project.Id);
        Assert.Equal("https://gitlab.example.com/group/sub/project", project.WebUrl);
    }

    [Fact]
    public void CI_API_V4_URL_under_a_relative_url_strips_the_root_from_the_project_path()
    {
        var project = GitLabApiLocator.FromCi(RepositoryUrl.Parse("https://example.com/gitlab/group/sub/project"), "https://example.com/gitlab/api/v4/");

        Assert.NotNull(project);
        Assert.Equal("https://example.com/gitlab/api/v4/", project.ApiBase.AbsoluteUri);
        Assert.Equal("group/sub/project", project.Path);
    }

    [Theory]
    [InlineData("https://other.example.com/api/v4")]
    [InlineData("https://gitlab.example.com:8443/api/v4")]
    [InlineData("https://gitlab.example.com/api/v3")]
    [InlineData("https://gitlab.example.com/elsewhere/api/v4")]
    [InlineData("https://api.github.com")]
    [InlineData("not a url")]
    [InlineData("")]
    [InlineData(null)]
    public void CI_API_V4_URL_of_another_server_or_root_is_ignored(string? apiUrl)
    {
        Assert.Null(GitLabApiLocator.FromCi(RepositoryUrl.Parse("https://gitlab.example.com/group/project"), apiUrl));
    }

    [Fact]
    public void Candidate_roots_are_every_proper_path_prefix_in_order()
    {
        var roots = GitLabApiLocator.CandidateRoots(RepositoryUrl.Parse("https://h.example:8443/g/sub/p"));

        Assert.Equal(["https://h.example:8443/", "https://h.example:8443/g/", "https://h.example:8443/g/sub/"], roots.Select(r => r.AbsoluteUri));
    }

    [Fact]
    public async Task Discovers_gitlab_under_a_relative_url_by_probing_each_prefix()
    {
        await using var fixture = await GitLabFixture.StartAsync(pathPrefix: "/gitlab", projectPath: "group/sub/project");

        var project = await fixture.Api(useCiApiUrl: false).Connection.ProjectAsync(CancellationToken.None);

        Assert.Equal(fixture.Fake.ApiUrl + "/", project.ApiBase.AbsoluteUri);
        Assert.Equal("group/sub/project", project.Path);
        Assert.Equal($"{fixture.Fake.ServerUrl}/group/sub/project", project.WebUrl);
        var probes = fixture.State.Requests.Where(r => r.Path.EndsWith("/api/v4/version", StringComparison.Ordinal)).Select(r => r.Path).ToArray();
        Assert.Contains("/api/v4/version", probes);
        Assert.Contains("/gitlab/api/v4/version", probes);
    }

    [Fact]
    public async Task Discovers_gitlab_at_the_servers_root_first()
    {
        await using var fixture = await GitLabFixture.StartAsync(projectPath: "group/sub/project");

        var project = await fixture.Api(useCiApiUrl: false).Connection.ProjectAsync(CancellationToken.None);

        Assert.Equal(fixture.Fake.ApiUrl + "/", project.ApiBase.AbsoluteUri);
        Assert.Equal("group/sub/project", project.Path);
    }

    [Fact]
    public async Task Locates_once_for_every_call()
    {
        await using var fixture = await GitLabFixture.StartAsync(pathPrefix: "/gitlab");
        var connection = fixture.Api(useCiApiUrl: false).Connection;

        await Task.WhenAll(connection.ProjectAsync(CancellationToken.None), connection.ProjectAsync(CancellationToken.None));
        await connection.ProjectAsync(CancellationToken.None);

        Assert.Equal(1, fixture.Requests("GET", "/gitlab/api/v4/version"));
    }

    [Fact]
    public async Task A_rejected_token_during_discovery_is_the_401_message()
    {
        await using var fixture = await GitLabFixture.StartAsync(pathPrefix: "/gitlab");

        var error = await Assert.ThrowsAsync<ForgeRequestException>(() =>
            fixture.Api(useCiApiUrl: false, token: "glpat-wrong").Connection.ProjectAsync(CancellationToken.None));

        Assert.Equal(401, error.StatusCode);
        Assert.Contains("REPO_TOKEN", error.Message);
    }

    [Fact]
    public async Task A_server_that_is_not_gitlab_is_named_with_the_paths_probed()
    {
        await using var fixture = await GitLabFixture.StartAsync(pathPrefix: "/gitlab");
        var elsewhere = RepositoryUrl.Parse($"{fixture.Fake.BaseUrl.GetLeftPart(UriPartial.Authority)}/other/group/project");
        var api = GitLabApi.Create(elsewhere, GitLabFixture.Token, null, "0.0.0-test", GitLabFixture.FastPipeline, NullLogger.Instance);

        var error = await Assert.ThrowsAsync<CmlException>(() => api.Connection.ProjectAsync(CancellationToken.None));

        Assert.Contains("is not a GitLab project", error.Message);
        Assert.Contains("/other/group/api/v4/version", error.Message);
        Assert.Contains("CI_API_V4_URL", error.Message);
    }

    [Fact]
    public async Task Gitlab_com_needs_no_probe()
    {
        var transport = new RefusingHandler();
        var api = GitLabApi.Create(
            RepositoryUrl.Parse("https://gitlab.com/group/sub/project"), "glpat-x", null, "0.0.0-test", GitLabFixture.FastPipeline, NullLogger.Instance, transport);

        var project = await api.Connection.ProjectAsync(CancellationToken.None);

        Assert.Equal("https://gitlab.com/api/v4/", project.ApiBase.AbsoluteUri);
        Assert.Equal("group/sub/project", project.Path);
        Assert.Equal(0, transport.Calls);
    }

    private sealed class RefusingHandler : HttpMessageHandler
    {
        public int Calls { get; private set; }

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Calls++;
            throw new HttpRequestException("no network in unit tests");
        }
    }
}
