using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace ContinuousMl.Tests.FakeForge.GitLab;

public sealed class GitLabNotesApiTests : FakeGitLabTestBase
{
    [Fact]
    public async Task Creating_a_note_answers_201_with_gitlabs_note_shape()
    {
        using var response = await PostNoteAsync("hello");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var note = await ReadJsonAsync(response);
        var stored = Assert.Single(State.MergeRequestNotes(ProjectPath, MergeRequest));
        Assert.Equal(stored.Id, note["id"]!.GetValue<long>());
        Assert.Equal("hello", note["body"]!.GetValue<string>());
        Assert.Equal(Username, note["author"]!["username"]!.GetValue<string>());
        Assert.False(note["system"]!.GetValue<bool>());
        Assert.Equal("MergeRequest", note["noteable_type"]!.GetValue<string>());
        Assert.Equal(MergeRequest, note["noteable_iid"]!.GetValue<long>());
        Assert.Equal(ProjectId, note["project_id"]!.GetValue<long>());
        Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$", note["created_at"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_form_encoded_body_works_like_json()
    {
        using var response = await Api.PostAsync(
            $"projects/{EncodedProject}/merge_requests/{MergeRequest}/notes", new FormUrlEncodedContent([new("body", "from a form")]));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("from a form", Assert.Single(State.MergeRequestNotes(ProjectPath, MergeRequest)).Body);
    }

    [Fact]
    public async Task The_project_may_be_named_by_numeric_id()
    {
        using var response = await Api.PostAsJsonAsync($"projects/{ProjectId}/merge_requests/{MergeRequest}/notes", new JsonObject { ["body"] = "by id" });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Single(State.MergeRequestNotes(ProjectPath, MergeRequest));
    }

    [Fact]
    public async Task A_subgroup_project_is_reached_through_its_encoded_path()
    {
        State.AddProject("group/sub/project");
        State.AddIssue("group/sub/project", 3);

        using var response = await Api.PostAsJsonAsync("projects/group%2Fsub%2Fproject/issues/3/notes", new JsonObject { ["body"] = "deep" });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("Issue", (await ReadJsonAsync(response))["noteable_type"]!.GetValue<string>());
        Assert.Equal("deep", Assert.Single(State.IssueNotes("group/sub/project", 3)).Body);
    }

    [Fact]
    public async Task Unknown_projects_merge_requests_and_issues_are_404s_in_gitlabs_words()
    {
        using var project = await Api.GetAsync("projects/acme%2Fnope/merge_requests/7/notes");
        using var mergeRequest = await Api.GetAsync($"projects/{EncodedProject}/merge_requests/99/notes");
        using var issue = await Api.GetAsync($"projects/{EncodedProject}/issues/99/notes");
        using var route = await Api.GetAsync("nothing/here");

        Assert.Equal(HttpStatusCode.NotFound, project.StatusCode);
        Assert.Equal("404 Project Not Found", (await ReadJsonAsync(project))["message"]!.GetValue<string>());
        Assert.Equal("404 Not found", (await ReadJsonAsync(mergeRequest))["message"]!.GetValue<string>());
        Assert.Equal("404 Issue Not Found", (await ReadJsonAsync(issue))["message"]!.GetValue<string>());
        Assert.Equal("404 Not Found", (await ReadJsonAsync(route))["error"]!.GetValue<string>());
    }

    [Fact]
    public async Task Only_the_author_may_edit_a_note()
    {
        var others = State.SeedMergeRequestNote(ProjectPath, MergeRequest, "bob's", "bob");
        var mine = State.SeedMergeRequestNote(ProjectPath, MergeRequest, "alice's", Username);

        using var refused = await Api.PutAsJsonAsync($"projects/{EncodedProject}/merge_requests/{MergeRequest}/notes/{others.Id}", new JsonObject { ["body"] = "x" });
        using var accepted = await Api.PutAsJsonAsync($"projects/{EncodedProject}/merge_requests/{MergeRequest}/notes/{mine.Id}", new JsonObject { ["body"] = "edited" });

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        var notes = State.MergeRequestNotes(ProjectPath, MergeRequest);
        Assert.Equal("bob's", notes.Single(n => n.Id == others.Id).Body);
        Assert.Equal("edited", notes.Single(n => n.Id == mine.Id).Body);
        Assert.True(notes.Single(n => n.Id == mine.Id).UpdatedAt > mine.UpdatedAt);
    }

    [Fact]
    public async Task A_note_over_a_million_characters_is_refused_with_gitlabs_validation_message()
    {
        using var response = await PostNoteAsync(new string('x', 1_000_001));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(
            "is too long (maximum is 1000000 characters)",
            (await ReadJsonAsync(response))["message"]!["note"]![0]!.GetValue<string>());
        Assert.Empty(State.MergeRequestNotes(ProjectPath, MergeRequest));
    }

    [Fact]
    public async Task A_missing_body_is_a_400()
    {
        using var response = await Api.PostAsJsonAsync($"projects/{EncodedProject}/merge_requests/{MergeRequest}/notes", new JsonObject());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("body is missing", (await ReadJsonAsync(response))["error"]!.GetValue<string>());
    }

    [Fact]
    public async Task System_notes_are_listed_with_the_others()
    {
        State.SeedMergeRequestNote(ProjectPath, MergeRequest, "added 1 commit", "bob", system: true);

        using var response = await Api.GetAsync($"projects/{EncodedProject}/merge_requests/{MergeRequest}/notes");

        Assert.True((await ReadJsonAsync(response))[0]!["system"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Commit_comments_have_no_id_and_use_note_for_their_text()
    {
        using var created = await Api.PostAsJsonAsync($"projects/{EncodedProject}/repository/commits/{HeadSha}/comments", new JsonObject { ["note"] = "on the commit" });
        using var listed = await Api.GetAsync($"projects/{EncodedProject}/repository/commits/{HeadSha}/comments");
        using var unknown = await Api.GetAsync($"projects/{EncodedProject}/repository/commits/{new string('f', 40)}/comments");

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var comment = (await ReadJsonAsync(listed)).AsArray().Single()!.AsObject();
        Assert.False(comment.ContainsKey("id"));
        Assert.Equal("on the commit", comment["note"]!.GetValue<string>());
        Assert.Equal(Username, comment["author"]!["username"]!.GetValue<string>());
        Assert.Equal("404 Commit Not Found", (await ReadJsonAsync(unknown))["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_commits_merge_requests_are_listed_in_every_state()
    {
        State.AddMergeRequest(ProjectPath, 8, HeadSha, sourceBranch: "old", state: "merged");

        using var response = await Api.GetAsync($"projects/{EncodedProject}/repository/commits/{HeadSha}/merge_requests");

        var mergeRequests = (await ReadJsonAsync(response)).AsArray();
        Assert.Equal([7L, 8L], mergeRequests.Select(m => m!["iid"]!.GetValue<long>()));
        Assert.Equal("opened", mergeRequests[0]!["state"]!.GetValue<string>());
        Assert.Equal($"{Fake.BaseUrl}{ProjectPath}/-/merge_requests/7", mergeRequests[0]!["web_url"]!.GetValue<string>());
        Assert.Equal("feature", mergeRequests[0]!["source_branch"]!.GetValue<string>());
        Assert.Equal("main", mergeRequests[0]!["target_branch"]!.GetValue<string>());
    }

    [Fact]
    public async Task Version_and_user_answer_for_the_token()
    {
        using var version = await Api.GetAsync("version");
        using var user = await Api.GetAsync("user");

        Assert.False(string.IsNullOrEmpty((await ReadJsonAsync(version))["version"]!.GetValue<string>()));
        Assert.Equal(Username, (await ReadJsonAsync(user))["username"]!.GetValue<string>());
    }
}
