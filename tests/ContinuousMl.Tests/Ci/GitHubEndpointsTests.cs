using ContinuousMl.Ci;

namespace ContinuousMl.Tests.Ci;

public sealed class GitHubEndpointsTests
{
    [Fact]
    public void GitHub_com_uses_the_public_api()
    {
        var repository = RepositoryUrl.Parse("https://github.com/o/r");

        Assert.Equal("https://api.github.com", GitHubEndpoints.ApiBase(repository));
        Assert.Equal("https://github.com", GitHubEndpoints.ServerBase(repository));
    }

    [Fact]
    public void An_enterprise_host_with_a_port_uses_api_v3_on_that_host()
    {
        var repository = RepositoryUrl.Parse("https://ghe.corp.com:8443/o/r");

        Assert.Equal("https://ghe.corp.com:8443/api/v3", GitHubEndpoints.ApiBase(repository));
        Assert.Equal("https://ghe.corp.com:8443", GitHubEndpoints.ServerBase(repository));
    }

    [Fact]
    public void An_http_enterprise_host_keeps_its_scheme()
    {
        var repository = RepositoryUrl.Parse("http://ghe.local/o/r");

        Assert.Equal("http://ghe.local/api/v3", GitHubEndpoints.ApiBase(repository));
        Assert.Equal("http://ghe.local", GitHubEndpoints.ServerBase(repository));
    }

    [Fact]
    public void A_ghe_com_tenant_uses_its_api_subdomain()
    {
        var repository = RepositoryUrl.Parse("https://octocorp.ghe.com/o/r");

        Assert.Equal("https://api.octocorp.ghe.com", GitHubEndpoints.ApiBase(repository));
    }

    [Fact]
    public void The_ci_urls_win_for_the_ci_forge_exactly_as_given()
    {
        var repository = RepositoryUrl.Parse("https://ghe.corp.com:8443/o/r");
        var context = new CiContext
        {
            Name = "github-actions",
            ApiUrl = "https://ghe.corp.com:8443/custom/api/",
            ServerUrl = "HTTPS://GHE.corp.com:8443/",
        };

        Assert.Equal("https://ghe.corp.com:8443/custom/api", GitHubEndpoints.ApiBase(repository, context));
        Assert.Equal("HTTPS://GHE.corp.com:8443", GitHubEndpoints.ServerBase(repository, context));
    }

    [Fact]
    public void The_api_url_alone_is_used_when_it_is_on_the_repository_host()
    {
        var ghe = RepositoryUrl.Parse("https://ghe.corp.com/o/r");
        var github = RepositoryUrl.Parse("https://github.com/o/r");

        Assert.Equal("https://ghe.corp.com/api/v3", GitHubEndpoints.ApiBase(ghe, apiUrl: "https://ghe.corp.com/api/v3"));
        Assert.Equal("https://api.github.com", GitHubEndpoints.ApiBase(github, apiUrl: "https://api.github.com/"));
    }

    [Fact]
    public void Ci_urls_of_another_forge_are_ignored()
    {
        // A job on github.com posting to an Enterprise repository named by --repo.
        var repository = RepositoryUrl.Parse("https://ghe.corp.com:8443/o/r");

        Assert.Equal(
            "https://ghe.corp.com:8443/api/v3",
            GitHubEndpoints.ApiBase(repository, "https://api.github.com", "https://github.com"));
        Assert.Equal("https://ghe.corp.com:8443/api/v3", GitHubEndpoints.ApiBase(repository, apiUrl: "https://api.github.com"));
        Assert.Equal("https://ghe.corp.com:8443", GitHubEndpoints.ServerBase(repository, "https://github.com"));
    }

    [Fact]
    public void Blank_ci_values_and_no_context_fall_back_to_the_repository()
    {
        var repository = RepositoryUrl.Parse("https://ghe.corp.com/o/r");

        Assert.Equal("https://ghe.corp.com/api/v3", GitHubEndpoints.ApiBase(repository, " ", ""));
        Assert.Equal("https://ghe.corp.com/api/v3", GitHubEndpoints.ApiBase(repository, (CiContext?)null));
        Assert.Equal("https://ghe.corp.com", GitHubEndpoints.ServerBase(repository, (CiContext?)null));
    }
}
