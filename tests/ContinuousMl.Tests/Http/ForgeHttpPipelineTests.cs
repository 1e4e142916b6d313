using System.Net;
using ContinuousMl.Forges;
using ContinuousMl.Http;
using ContinuousMl.Tests.Reports;
using FakeForge;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace ContinuousMl.Tests.Http;

// The pipeline over real HTTP against FakeForge's fault injection.
public sealed class ForgeHttpPipelineTests : IAsyncLifetime
{
    private const string Token = "pipeline-token";
    private FakeGitHub gitHub = null!;
    private HttpClient http = null!;

    private static HttpPipelineOptions FastOptions => new()
    {
        BaseDelay = TimeSpan.FromMilliseconds(10),
        RateLimitWaitWithoutHeaders = TimeSpan.FromMilliseconds(50),
        PerTryTimeout = TimeSpan.FromSeconds(10),
        MaxRetries = 3,
    };

    public async Task InitializeAsync()
    {
        gitHub = await FakeGitHub.StartAsync();
        gitHub.State.AddRepository("o", "r");
        gitHub.State.AddIssue("o", "r", 1);
        gitHub.State.AddToken(Token, "user");
        http = Client(FastOptions);
    }

    public async Task DisposeAsync()
    {
        http.Dispose();
        await gitHub.DisposeAsync();
    }

    private HttpClient Client(HttpPipelineOptions options, ILogger? logger = null)
    {
        var client = new HttpClient(ForgeHttpPipeline.CreateHandler(options, logger ?? NullLogger.Instance)) { BaseAddress = gitHub.BaseUrl };
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("token", Token);
        return client;
    }

    private int Count(string method, string path) => gitHub.State.Requests.Count(r => r.Method == method && r.Path == path);

    [Fact]
    public async Task Reads_are_retried_on_server_errors()
    {
        gitHub.State.AddFault(new Fault("GET", "^/repos/o/r$", 502, Times: 2));

        using var response = await http.GetAsync("repos/o/r");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(3, Count("GET", "/repos/o/r"));
    }

    [Fact]
    public async Task Clients_sharing_options_share_the_pipeline_but_report_retries_under_their_own_logger()
    {
        var options = FastOptions;
        var first = new RecordingLogger();
        var second = new RecordingLogger();
        ForgeHttpPipeline.Prepare(options);
        using var firstClient = Client(options, first);
        using var secondClient = Client(options, second);
        gitHub.State.AddFault(new Fault("GET", "^/repos/o/r$", 502, Times: 1));

        using var response = await secondClient.GetAsync("repos/o/r");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(first.Entries);
        Assert.Contains(second.Entries, entry => entry.Level == LogLevel.Warning && entry.Message.Contains("answered 502; retrying", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Retries_are_bounded()
    {
        gitHub.State.AddFault(new Fault("GET", "^/repos/o/r$", 500, Times: 10));

        using var response = await http.GetAsync("repos/o/r");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal(4, Count("GET", "/repos/o/r"));
    }

    [Fact]
    public async Task A_post_is_not_repeated_after_a_server_error()
    {
        gitHub.State.AddFault(new Fault("POST", "/issues/1/comments$", 502, AfterHandling: true));

        using var response = await http.PostAsync("repos/o/r/issues/1/comments", new StringContent("{\"body\":\"x\"}"));

        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
        Assert.Equal(1, Count("POST", "/repos/o/r/issues/1/comments"));
        Assert.Single(gitHub.State.IssueComments("o", "r", 1));
    }

    [Fact]
    public async Task A_post_marked_safe_is_repeated()
    {
        gitHub.State.AddFault(new Fault("POST", "/git/blobs$", 502));
        using var request = new HttpRequestMessage(HttpMethod.Post, "repos/o/r/git/blobs") { Content = new StringContent("{\"content\":\"aGk=\",\"encoding\":\"base64\"}") };
        RequestSafety.MarkSafeToRepeat(request);

        using var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(2, Count("POST", "/repos/o/r/git/blobs"));
    }

    [Fact]
    public async Task A_post_refused_by_a_rate_limit_is_repeated_after_retry_after()
    {
        gitHub.State.AddFault(new Fault("POST", "/issues/1/comments$", 429, Headers: new Dictionary<string, string> { ["Retry-After"] = "1" }));
        var started = DateTimeOffset.UtcNow;

        using var response = await http.PostAsync("repos/o/r/issues/1/comments", new StringContent("{\"body\":\"x\"}"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.True(DateTimeOffset.UtcNow - started >= TimeSpan.FromSeconds(0.9));
        Assert.Single(gitHub.State.IssueComments("o", "r", 1));
    }

    [Fact]
    public async Task A_secondary_limit_without_headers_waits_and_retries()
    {
        gitHub.State.AddFault(new Fault("GET", "^/repos/o/r$", 403, Body: "{\"message\":\"You have exceeded a secondary rate limit\"}"));

        using var response = await http.GetAsync("repos/o/r");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, Count("GET", "/repos/o/r"));
    }

    [Fact]
    public async Task A_plain_403_is_not_retried()
    {
        gitHub.State.AddFault(new Fault("GET", "^/repos/o/r$", 403, Body: "{\"message\":\"Resource not accessible by integration\"}"));

        using var response = await http.GetAsync("repos/o/r");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(1, Count("GET", "/repos/o/r"));
        Assert.Contains("not accessible", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_wait_longer_than_the_bound_ends_with_a_clear_error()
    {
        var reset = DateTimeOffset.UtcNow.AddMinutes(30).ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        gitHub.State.AddFault(new Fault("GET", "^/repos/o/r$", 403, Headers: new Dictionary<string, string> { ["X-RateLimit-Remaining"] = "0", ["X-RateLimit-Reset"] = reset }));

        var error = await Assert.ThrowsAsync<RateLimitWaitTooLongException>(() => http.GetAsync("repos/o/r"));

        Assert.Contains("rate limit", error.Message);
        Assert.True(error.Wait > TimeSpan.FromMinutes(29));
        Assert.Equal(1, Count("GET", "/repos/o/r"));
    }

    [Fact]
    public async Task A_slow_read_times_out_and_is_retried()
    {
        // Generous bounds: a loaded CI machine must not turn the retry itself into a timeout.
        gitHub.State.AddFault(new Fault("GET", "^/repos/o/r$", 200, Delay: TimeSpan.FromSeconds(30)));
        using var client = Client(FastOptions with { PerTryTimeout = TimeSpan.FromSeconds(3) });

        using var response = await client.GetAsync("repos/o/r");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, Count("GET", "/repos/o/r"));
    }

    [Fact]
    public async Task A_slow_post_times_out_and_is_not_repeated()
    {
        gitHub.State.AddFault(new Fault("POST", "/issues/1/comments$", 201, Delay: TimeSpan.FromSeconds(30), AfterHandling: true));
        using var client = Client(FastOptions with { PerTryTimeout = TimeSpan.FromSeconds(3) });

        await Assert.ThrowsAnyAsync<Exception>(() => client.PostAsync("repos/o/r/issues/1/comments", new StringContent("{\"body\":\"x\"}")));

        Assert.Equal(1, Count("POST", "/repos/o/r/issues/1/comments"));
    }

    [Fact]
    public async Task A_dropped_connection_on_a_read_is_retried()
    {
        gitHub.State.AddFault(new Fault("GET", "^/repos/o/r$", 0));

        using var response = await http.GetAsync("repos/o/r");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public void Unknown_outcome_errors_say_so()
    {
        var error = new ForgeRequestException("x", 502, outcomeUnknown: true);

        Assert.True(error.OutcomeUnknown);
        Assert.Equal(1, error.ExitCode);
    }
}
