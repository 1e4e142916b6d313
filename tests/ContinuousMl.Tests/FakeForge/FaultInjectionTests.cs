using System.Net;
using global::FakeForge;

namespace ContinuousMl.Tests.FakeForge;

public sealed class FaultInjectionTests : FakeGitHubTestBase
{
    private const string CommentsPath = "^/repos/octo/models/issues/1/comments$";

    [Fact]
    public async Task A_fault_before_handling_answers_instead_of_the_handler_and_leaves_the_state_alone()
    {
        State.AddFault(new Fault("post", CommentsPath, 502));

        using var failed = await PostCommentAsync("first try");
        using var retried = await PostCommentAsync("second try");

        Assert.Equal(HttpStatusCode.BadGateway, failed.StatusCode);
        Assert.Equal("Bad Gateway", (await ReadJsonAsync(failed))["message"]!.GetValue<string>());
        Assert.Equal("5000", failed.Headers.GetValues("X-RateLimit-Limit").Single());
        Assert.Equal(HttpStatusCode.Created, retried.StatusCode);
        Assert.Equal(["second try"], State.IssueComments(Owner, Repo, 1).Select(c => c.Body));
        Assert.Equal(0, State.PendingFaults);
    }

    [Fact]
    public async Task A_fault_after_handling_changes_the_state_but_the_client_sees_the_failure()
    {
        State.AddFault(new Fault("POST", CommentsPath, 502, AfterHandling: true));

        using var response = await PostCommentAsync("did it land?");

        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
        Assert.DoesNotContain("did it land?", await response.Content.ReadAsStringAsync());
        Assert.Equal(["did it land?"], State.IssueComments(Owner, Repo, 1).Select(c => c.Body));
    }

    [Fact]
    public async Task A_fault_can_set_headers_and_body_and_answers_as_many_times_as_asked()
    {
        State.AddFault(new Fault(
            "GET",
            "/issues/1/comments$",
            403,
            Times: 2,
            Headers: new Dictionary<string, string> { ["Retry-After"] = "7", ["X-RateLimit-Remaining"] = "0" },
            Body: """{"message":"You have exceeded a secondary rate limit"}"""));

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            using var response = await Http.GetAsync($"repos/{Owner}/{Repo}/issues/1/comments");
            statuses.Add(response.StatusCode);
            if (i == 0)
            {
                Assert.Equal("7", response.Headers.GetValues("Retry-After").Single());
                Assert.Equal("0", response.Headers.GetValues("X-RateLimit-Remaining").Single());
                Assert.Contains("secondary rate limit", (await ReadJsonAsync(response))["message"]!.GetValue<string>());
            }
        }

        Assert.Equal([HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.OK], statuses);
    }

    [Fact]
    public async Task A_delayed_fault_after_handling_is_a_write_that_succeeded_while_the_client_timed_out()
    {
        // The client gives up well after the server has stored the comment even on a loaded machine, and long
        // before the server answers.
        State.AddFault(new Fault("POST", CommentsPath, 200, AfterHandling: true, Delay: TimeSpan.FromSeconds(30)));
        using var impatient = Client(Token, TimeSpan.FromSeconds(3));

        await Assert.ThrowsAsync<TaskCanceledException>(() => PostCommentAsync("slow", impatient));

        Assert.Equal(["slow"], State.IssueComments(Owner, Repo, 1).Select(c => c.Body));
    }

    [Fact]
    public async Task Status_zero_drops_the_connection()
    {
        State.AddFault(new Fault("GET", "^/user$", 0));

        await Assert.ThrowsAsync<HttpRequestException>(() => Http.GetAsync("user"));
    }

    [Fact]
    public async Task Faults_match_the_path_without_the_enterprise_prefix_and_any_method_with_a_star()
    {
        State.AddFault(new Fault("*", "^/repos/octo/models$", 500));

        using var response = await Http.GetAsync($"api/v3/repos/{Owner}/{Repo}");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
    }
}
