using ContinuousMl.Ci;
using ContinuousMl.Errors;

namespace ContinuousMl.Tests.Ci;

public sealed class RepositoryUrlTests
{
    [Theory]
    // The reference vectors (CML §2.1).
    [InlineData("git@github.com:o/r.git", "https://github.com/o/r")]
    [InlineData("https://x-access-token:abc@github.com/o/r", "https://github.com/o/r")]
    [InlineData("ssh://git@gitlab.com:2222/g/p.git", "https://gitlab.com:2222/g/p")]
    [InlineData("git@ghe.corp.com:org/repo.git", "https://ghe.corp.com/org/repo")]
    [InlineData("http://gitlab.local/g/s/p.git", "http://gitlab.local/g/s/p")]
    // One trailing slash, then .git.
    [InlineData("https://github.com/o/r/", "https://github.com/o/r")]
    [InlineData("https://github.com/o/r.git/", "https://github.com/o/r")]
    [InlineData("https://github.com/o/r.git", "https://github.com/o/r")]
    // Edge cases.
    [InlineData("  https://github.com/o/r  ", "https://github.com/o/r")]
    [InlineData("https://oauth2:glpat-secret@gitlab.com/g/p.git", "https://gitlab.com/g/p")]
    [InlineData("https://token@github.com/o/r", "https://github.com/o/r")]
    [InlineData("https://GitHub.COM/Owner/Repo", "https://github.com/Owner/Repo")]
    [InlineData("https://github.com:443/o/r", "https://github.com/o/r")]
    [InlineData("http://gitlab.local:80/g/p", "http://gitlab.local/g/p")]
    [InlineData("https://ghe.corp.com:8443/o/r.git", "https://ghe.corp.com:8443/o/r")]
    [InlineData("https://github.com/o/r?token=abc#frag", "https://github.com/o/r")]
    [InlineData("ssh://git@github.com/o/r.git", "https://github.com/o/r")]
    [InlineData("ssh://git@github.com:22/o/r.git", "https://github.com/o/r")]
    [InlineData("git+ssh://git@github.com/o/r.git", "https://github.com/o/r")]
    [InlineData("git://github.com/o/r.git", "https://github.com/o/r")]
    [InlineData("github.com:o/r.git", "https://github.com/o/r")]
    [InlineData("org-123@vs-ssh.example.com:v3/org/project/repo", "https://vs-ssh.example.com/v3/org/project/repo")]
    [InlineData("https://github.com/o/my.git.repo.git", "https://github.com/o/my.git.repo")]
    [InlineData("https://github.com/org", "https://github.com/org")]
    [InlineData("https://bitbucket.org/ws/repo", "https://bitbucket.org/ws/repo")]
    public void Parse_normalises_like_cml(string input, string expected)
    {
        var url = RepositoryUrl.Parse(input);

        Assert.Equal(expected, url.ToString());
        Assert.Equal(new Uri(expected), url.WebUrl);
    }

    [Fact]
    public void The_parts_are_exposed()
    {
        var url = RepositoryUrl.Parse("ssh://git@gitlab.com:2222/g/s/p.git");

        Assert.Equal("https", url.Scheme);
        Assert.Equal("gitlab.com", url.Host);
        Assert.Equal(2222, url.Port);
        Assert.Equal("gitlab.com:2222", url.Authority);
        Assert.Equal("https://gitlab.com:2222", url.Origin);
        Assert.Equal(["g", "s", "p"], url.PathSegments);
        Assert.Equal("g/s/p", url.Path);
        Assert.Equal("g", url.Owner);
        Assert.Equal("s", url.Name);
    }

    [Fact]
    public void An_owner_url_has_no_name_and_a_default_port_is_null()
    {
        var url = RepositoryUrl.Parse("https://github.com/org/");

        Assert.Equal("org", url.Owner);
        Assert.Null(url.Name);
        Assert.Null(url.Port);
        Assert.Equal("github.com", url.Authority);
        Assert.Equal("https://github.com", url.Origin);
    }

    [Theory]
    [InlineData("https://x-access-token:s3cr3t-value@github.com/o/r.git")]
    [InlineData("https://s3cr3t-value@github.com/o/r")]
    [InlineData("https://github.com/o/r?access_token=s3cr3t-value")]
    [InlineData("https://github.com/o/r#s3cr3t-value")]
    [InlineData("ssh://s3cr3t-value@github.com/o/r")]
    public void Credentials_survive_nowhere(string input)
    {
        var url = RepositoryUrl.Parse(input);

        var everything = string.Join(
            "|",
            url.ToString(),
            url.WebUrl.ToString(),
            url.WebUrl.OriginalString,
            url.WebUrl.UserInfo,
            url.Scheme,
            url.Host,
            url.Authority,
            url.Origin,
            url.Path,
            url.Owner,
            url.Name,
            string.Join('/', url.PathSegments));
        Assert.DoesNotContain("s3cr3t", everything, StringComparison.Ordinal);
        Assert.Equal("https://github.com/o/r", url.ToString());
    }

    [Fact]
    public void A_bare_slug_is_refused_with_a_helpful_message()
    {
        var error = Assert.Throws<CmlException>(() => RepositoryUrl.Parse("o/r"));

        Assert.Equal("--repo \"o/r\" is not a repository URL; pass the full URL, e.g. https://github.com/o/r", error.Message);
        Assert.Equal(ExitCodes.Usage, error.ExitCode);
    }

    [Fact]
    public void A_host_without_scheme_suggests_adding_one()
    {
        var error = Assert.Throws<CmlException>(() => RepositoryUrl.Parse("gitlab.example.com/g/p"));

        Assert.EndsWith("e.g. https://gitlab.example.com/g/p", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("repo")]
    [InlineData("https://github.com")]
    [InlineData("https://github.com/")]
    [InlineData("file:///srv/git/repo.git")]
    [InlineData("/srv/git/repo.git")]
    [InlineData("../repo")]
    [InlineData("ftp://github.com/o/r")]
    [InlineData("C:\\repos\\r")]
    [InlineData("git@github.com:o/../r")]
    public void Non_repository_urls_are_refused(string input)
    {
        var error = Assert.Throws<CmlException>(() => RepositoryUrl.Parse(input));

        Assert.Equal(ExitCodes.Usage, error.ExitCode);
        Assert.Contains("is not a repository URL", error.Message, StringComparison.Ordinal);
        Assert.False(RepositoryUrl.TryParse(input, out _));
    }

    [Fact]
    public void A_refusal_does_not_echo_credentials()
    {
        var error = Assert.Throws<CmlException>(() => RepositoryUrl.Parse("ftp://user:s3cr3t@host.example/o/r"));

        Assert.DoesNotContain("s3cr3t", error.Message, StringComparison.Ordinal);
        Assert.Contains("***@host.example", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TryParse_accepts_null_and_reports_success()
    {
        Assert.False(RepositoryUrl.TryParse(null, out var none));
        Assert.Null(none);
        Assert.True(RepositoryUrl.TryParse("git@github.com:o/r.git", out var url));
        Assert.Equal("https://github.com/o/r", url.ToString());
    }

    [Theory]
    [InlineData("https://github.com", "o/r", "https://github.com/o/r")]
    [InlineData("https://github.com/", "/o/r/", "https://github.com/o/r")]
    [InlineData("https://ghe.corp.com:8443", "org/repo", "https://ghe.corp.com:8443/org/repo")]
    [InlineData("http://gitlab.local", "g/s/p", "http://gitlab.local/g/s/p")]
    [InlineData("https://user:pw@ghe.corp.com", "o/r.git", "https://ghe.corp.com/o/r")]
    [InlineData("https://ignored.example", "git@github.com:o/r.git", "https://github.com/o/r")]
    public void FromSlug_joins_the_server_and_the_slug(string server, string slug, string expected)
    {
        Assert.Equal(expected, RepositoryUrl.FromSlug(server, slug).ToString());
    }

    [Theory]
    [InlineData("https://github.com", "")]
    [InlineData("https://github.com", "justone")]
    [InlineData("https://github.com", "../r")]
    [InlineData("not a url", "o/r")]
    [InlineData("ftp://github.com", "o/r")]
    public void FromSlug_refuses_unusable_parts(string server, string slug)
    {
        var error = Assert.Throws<CmlException>(() => RepositoryUrl.FromSlug(server, slug));
        Assert.Equal(ExitCodes.Usage, error.ExitCode);
    }

    [Fact]
    public void Parse_with_a_known_server_accepts_a_slug()
    {
        Assert.Equal("https://ghe.corp.com/o/r", RepositoryUrl.Parse("o/r", "https://ghe.corp.com").ToString());
        Assert.Equal("https://gitlab.com/g/p", RepositoryUrl.Parse("https://gitlab.com/g/p.git", "https://ghe.corp.com").ToString());
        Assert.Throws<CmlException>(() => RepositoryUrl.Parse("o/r", slugServerUrl: " "));
    }

    [Fact]
    public void Equality_is_by_normalised_url()
    {
        var a = RepositoryUrl.Parse("git@github.com:o/r.git");
        var b = RepositoryUrl.Parse("https://token@GITHUB.com/o/r/");
        var c = RepositoryUrl.Parse("https://github.com/o/other");

        Assert.Equal(a, b);
        Assert.True(a == b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, c);
        Assert.True(a != c);
    }
}
