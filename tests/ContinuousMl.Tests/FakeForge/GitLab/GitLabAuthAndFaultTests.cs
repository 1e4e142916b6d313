using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using global::FakeForge;

namespace ContinuousMl.Tests.FakeForge.GitLab;

public sealed class GitLabAuthAndFaultTests : FakeGitLabTestBase
{
    [Fact]
    public async Task No_token_or_an_unknown_one_is_a_401_even_for_the_version()
    {
        using var anonymous = Client(token: null);
        using var wrong = Client("glpat-wrong");

        using var version = await anonymous.GetAsync("version");
        using var notes = await wrong.GetAsync($"projects/{EncodedProject}/merge_requests/{MergeRequest}/notes");

        Assert.Equal(HttpStatusCode.Unauthorized, version.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, notes.StatusCode);
        Assert.Equal("401 Unauthorized", (await ReadJsonAsync(notes))["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_bearer_token_is_accepted_too()
    {
        using var client = Client(token: null);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token);

        using var response = await client.GetAsync("user");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_read_api_token_reads_but_cannot_write()
    {
        State.AddToken("glpat-readOnly", "reader", readApiOnly: true);
        using var reader = Client("glpat-readOnly");

        using var read = await reader.GetAsync($"projects/{EncodedProject}/merge_requests/{MergeRequest}/notes");
        using var write = await PostNoteAsync("x", reader);

        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, write.StatusCode);
        Assert.Equal("insufficient_scope", (await ReadJsonAsync(write))["error"]!.GetValue<string>());
        Assert.Empty(State.MergeRequestNotes(ProjectPath, MergeRequest));
    }

    [Fact]
    public async Task A_fault_after_handling_keeps_the_note_but_answers_502()
    {
        State.AddFault(new Fault("POST", $"^/api/v4/projects/{EncodedProject}/merge_requests/{MergeRequest}/notes$", 502, AfterHandling: true));

        using var response = await PostNoteAsync("it happened");

        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
        Assert.Single(State.MergeRequestNotes(ProjectPath, MergeRequest));
        Assert.Equal(0, State.PendingFaults);
    }

    [Fact]
    public async Task A_fault_before_handling_changes_nothing_and_is_spent_after_its_times()
    {
        State.AddFault(new Fault("POST", "/notes$", 503, Times: 2));

        using var first = await PostNoteAsync("a");
        using var second = await PostNoteAsync("b");
        using var third = await PostNoteAsync("c");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, first.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, second.StatusCode);
        Assert.Equal(HttpStatusCode.Created, third.StatusCode);
        Assert.Equal("c", Assert.Single(State.MergeRequestNotes(ProjectPath, MergeRequest)).Body);
    }

    [Fact]
    public async Task Every_request_is_logged_with_its_body_but_not_its_token()
    {
        using var response = await Api.PostAsJsonAsync($"projects/{EncodedProject}/merge_requests/{MergeRequest}/notes", new JsonObject { ["body"] = "logged" });

        var request = Assert.Single(State.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal($"/api/v4/projects/{EncodedProject}/merge_requests/{MergeRequest}/notes", request.Path);
        Assert.Contains("logged", request.Body);
        Assert.DoesNotContain(Token, request.Body + request.PathAndQuery);
    }
}
