using System.Net;
using System.Net.Sockets;
using System.Text;
using ContinuousMl.Ci;
using ContinuousMl.Git;

namespace ContinuousMl.Tests.Git;

public sealed class GitHttpAuthorizationTests
{
    private static readonly GitCredential Credential = new("token", "s3cret");

    [Fact]
    public void Puts_the_header_in_git_config_variables_for_the_remote_only()
    {
        var variables = GitHttpAuthorization.EnvironmentFor(
            "https://gitlab-ci-token:job@gitlab.com/g/p.git", RepositoryUrl.Parse("https://gitlab.com/g/p"), Credential, new DictionaryEnvironment());

        Assert.NotNull(variables);
        Assert.Equal("2", variables["GIT_CONFIG_COUNT"]);
        Assert.Equal("http.https://gitlab.com/g/p.git.extraheader", variables["GIT_CONFIG_KEY_0"]);
        Assert.Equal(string.Empty, variables["GIT_CONFIG_VALUE_0"]);
        Assert.Equal("http.https://gitlab.com/g/p.git.extraheader", variables["GIT_CONFIG_KEY_1"]);
        Assert.Equal("AUTHORIZATION: basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("token:s3cret")), variables["GIT_CONFIG_VALUE_1"]);
    }

    [Fact]
    public void Keeps_the_config_variables_already_set()
    {
        var environment = new DictionaryEnvironment(new Dictionary<string, string> { ["GIT_CONFIG_COUNT"] = "1" });

        var variables = GitHttpAuthorization.EnvironmentFor("https://github.com/o/r", RepositoryUrl.Parse("https://github.com/o/r"), Credential, environment);

        Assert.Equal("3", variables!["GIT_CONFIG_COUNT"]);
        Assert.Contains("GIT_CONFIG_KEY_1", variables.Keys);
        Assert.Contains("GIT_CONFIG_VALUE_2", variables.Keys);
        Assert.DoesNotContain("GIT_CONFIG_KEY_0", variables.Keys);
    }

    [Theory]
    [InlineData("git@github.com:o/r.git")]
    [InlineData("/srv/git/r.git")]
    [InlineData("https://mirror.example.com/o/r.git")]
    [InlineData("https://github.com:8443/o/r.git")]
    public void Sends_the_token_nowhere_but_the_forges_own_http_remote(string remote) =>
        Assert.Null(GitHttpAuthorization.EnvironmentFor(remote, RepositoryUrl.Parse("https://github.com/o/r"), Credential, new DictionaryEnvironment()));

    [Fact]
    public async Task Real_git_sends_only_our_header_and_writes_nothing_to_the_repository()
    {
        using var repository = TempGitRepository.WithCommits();
        using var server = new TcpListener(IPAddress.Loopback, 0);
        server.Start();
        var port = ((IPEndPoint)server.LocalEndpoint).Port;
        var remote = $"http://127.0.0.1:{port}/acme/model.git";
        repository.Git("remote", "add", "origin", remote);
        // What actions/checkout leaves behind for GITHUB_TOKEN.
        repository.Git("config", $"http.http://127.0.0.1:{port}/.extraheader", "AUTHORIZATION: basic Y2hlY2tvdXQ=");
        var configPath = Path.Combine(repository.Path, ".git", "config");
        var before = File.ReadAllText(configPath);
        var variables = GitHttpAuthorization.EnvironmentFor(remote, RepositoryUrl.Parse($"http://127.0.0.1:{port}/acme/model"), Credential, new DictionaryEnvironment());
        var headers = AnswerOnceAsync(server);

        var result = await new GitCli(repository.Path).WithEnvironment(variables!).RunAsync(["ls-remote", "origin"], CancellationToken.None);

        Assert.False(result.Succeeded);
        Assert.Equal(["basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("token:s3cret"))], await headers.WaitAsync(TimeSpan.FromSeconds(30)));
        Assert.Equal(before, File.ReadAllText(configPath));
        Assert.DoesNotContain("s3cret", result.StandardError);
    }

    /// <summary>Reads one request, answers 404, and returns its Authorization headers.</summary>
    private static async Task<string[]> AnswerOnceAsync(TcpListener server)
    {
        using var client = await server.AcceptTcpClientAsync();
        using var stream = client.GetStream();
        var request = new StringBuilder();
        var buffer = new byte[4096];
        while (!request.ToString().Contains("\r\n\r\n", StringComparison.Ordinal))
        {
            var read = await stream.ReadAsync(buffer);
            if (read == 0)
            {
                break;
            }

            request.Append(Encoding.ASCII.GetString(buffer, 0, read));
        }

        await stream.WriteAsync("HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"u8.ToArray());
        return request.ToString().Split("\r\n")
            .Where(line => line.StartsWith("Authorization:", StringComparison.OrdinalIgnoreCase))
            .Select(line => line["Authorization:".Length..].Trim())
            .ToArray();
    }
}
