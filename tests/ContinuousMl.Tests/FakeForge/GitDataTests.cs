using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace ContinuousMl.Tests.FakeForge;

public sealed class GitDataTests : FakeGitHubTestBase
{
    private static readonly byte[] Png = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3, 4];

    private string Git => $"repos/{Owner}/{Repo}/git";

    [Fact]
    public async Task Blob_tree_commit_ref_round_trip_ends_at_a_raw_url_serving_the_bytes()
    {
        var blobSha = await CreateBlobAsync(Png);
        Assert.Equal(GitBlobSha(Png), blobSha);

        var treeSha = await CreateTreeAsync(null, ("ab/cdef.png", blobSha));
        var commitSha = await CreateCommitAsync("publish", treeSha);

        using var created = await Http.PostAsync($"{Git}/refs", Json(new JsonObject { ["ref"] = "refs/heads/cml-assets", ["sha"] = commitSha }));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);

        foreach (var route in new[] { "ref", "refs" })
        {
            using var read = await Http.GetAsync($"{Git}/{route}/heads/cml-assets");
            var reference = await ReadJsonAsync(read);
            Assert.Equal("refs/heads/cml-assets", reference["ref"]!.GetValue<string>());
            Assert.Equal(commitSha, reference["object"]!["sha"]!.GetValue<string>());
            Assert.Equal("commit", reference["object"]!["type"]!.GetValue<string>());
        }

        using var commit = await Http.GetAsync($"{Git}/commits/{commitSha}");
        Assert.Equal(treeSha, (await ReadJsonAsync(commit))["tree"]!["sha"]!.GetValue<string>());

        using var raw = await Http.GetAsync($"{Owner}/{Repo}/blob/{commitSha}/ab/cdef.png?raw=true");
        Assert.Equal(HttpStatusCode.OK, raw.StatusCode);
        Assert.Equal("image/png", raw.Content.Headers.ContentType!.MediaType);
        Assert.Equal(Png, await raw.Content.ReadAsByteArrayAsync());
        Assert.Equal(Png, State.ReadFileAtCommit(Owner, Repo, commitSha, "ab/cdef.png"));

        using var missing = await Http.GetAsync($"{Owner}/{Repo}/blob/{commitSha}/ab/nope.png?raw=true");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task Recursive_trees_list_every_blob_and_subtree_and_base_tree_merges()
    {
        var first = await CreateTreeAsync(null, ("ab/cdef.png", await CreateBlobAsync(Png)));
        var svg = Encoding.UTF8.GetBytes("<svg/>");
        var second = await CreateTreeAsync(first, ("cd/0123.svg", await CreateBlobAsync(svg)), ("ab/more.png", await CreateBlobAsync([9, 9])));

        using var response = await Http.GetAsync($"{Git}/trees/{second}?recursive=1");
        var tree = await ReadJsonAsync(response);

        var entries = tree["tree"]!.AsArray().Select(e => (Path: e!["path"]!.GetValue<string>(), Type: e["type"]!.GetValue<string>())).ToArray();
        Assert.Equal(
            [("ab", "tree"), ("ab/cdef.png", "blob"), ("ab/more.png", "blob"), ("cd", "tree"), ("cd/0123.svg", "blob")],
            entries);
        Assert.False(tree["truncated"]!.GetValue<bool>());

        using var topLevel = await Http.GetAsync($"{Git}/trees/{second}");
        Assert.Equal(2, (await ReadJsonAsync(topLevel))["tree"]!.AsArray().Count);
    }

    [Fact]
    public async Task Shas_are_the_ones_git_computes()
    {
        Assert.Equal("ce013625030ba8dba906f756967f9e9ca394464a", await CreateBlobAsync(Encoding.UTF8.GetBytes("hello\n")));
        Assert.Equal("4b825dc642cb6eb9a060e54bf8d69288fbee4904", await CreateTreeAsync(null));
    }

    [Fact]
    public async Task Updating_a_ref_to_an_unrelated_commit_is_not_a_fast_forward_unless_forced()
    {
        var tree = await CreateTreeAsync(null, ("a.txt", await CreateBlobAsync([1])));
        var root = await CreateCommitAsync("root", tree);
        var unrelated = await CreateCommitAsync("other root", tree, parents: []);
        var child = await CreateCommitAsync("child", tree, parents: [root]);
        using var created = await Http.PostAsync($"{Git}/refs", Json(new JsonObject { ["ref"] = "refs/heads/cml-assets", ["sha"] = root }));

        using var notFastForward = await PatchRefAsync(unrelated, force: false);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, notFastForward.StatusCode);
        Assert.Equal("Update is not a fast forward", (await ReadJsonAsync(notFastForward))["message"]!.GetValue<string>());
        Assert.Equal(root, State.RefSha(Owner, Repo, "heads/cml-assets"));

        using var fastForward = await PatchRefAsync(child, force: false);
        Assert.Equal(HttpStatusCode.OK, fastForward.StatusCode);

        using var forced = await PatchRefAsync(unrelated, force: true);
        Assert.Equal(HttpStatusCode.OK, forced.StatusCode);
        Assert.Equal(unrelated, State.RefSha(Owner, Repo, "refs/heads/cml-assets"));
    }

    [Fact]
    public async Task Creating_an_existing_ref_fails_and_missing_refs_are_404()
    {
        var commit = await CreateCommitAsync("root", await CreateTreeAsync(null));
        var body = new JsonObject { ["ref"] = "refs/heads/cml-assets", ["sha"] = commit };
        using var first = await Http.PostAsync($"{Git}/refs", Json(body));
        using var again = await Http.PostAsync($"{Git}/refs", Json(body.DeepClone()));
        using var missing = await Http.GetAsync($"{Git}/ref/heads/nothing-here");

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, again.StatusCode);
        Assert.Equal("Reference already exists", (await ReadJsonAsync(again))["message"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("Not Found", (await ReadJsonAsync(missing))["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task Commit_comments_need_a_commit_the_repository_knows()
    {
        using var unknown = await Http.PostAsync($"repos/{Owner}/{Repo}/commits/{new string('2', 40)}/comments", Json(new JsonObject { ["body"] = "x" }));
        using var onHead = await Http.PostAsync($"repos/{Owner}/{Repo}/commits/{HeadSha}/comments", Json(new JsonObject { ["body"] = "y" }));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, unknown.StatusCode);
        Assert.Equal($"No commit found for SHA: {new string('2', 40)}", (await ReadJsonAsync(unknown))["message"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.Created, onHead.StatusCode);
        var comment = await ReadJsonAsync(onHead);
        Assert.Equal($"{Fake.BaseUrl}{Owner}/{Repo}/commit/{HeadSha}#commitcomment-{comment["id"]}", comment["html_url"]!.GetValue<string>());
    }

    private async Task<string> CreateBlobAsync(byte[] content)
    {
        using var response = await Http.PostAsync($"{Git}/blobs", Json(new JsonObject { ["content"] = Convert.ToBase64String(content), ["encoding"] = "base64" }));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await ReadJsonAsync(response))["sha"]!.GetValue<string>();
    }

    private async Task<string> CreateTreeAsync(string? baseTree, params (string Path, string Sha)[] files)
    {
        var items = new JsonArray(files.Select(f => (JsonNode)new JsonObject { ["path"] = f.Path, ["mode"] = "100644", ["type"] = "blob", ["sha"] = f.Sha }).ToArray());
        var body = new JsonObject { ["tree"] = items };
        if (baseTree is not null)
        {
            body["base_tree"] = baseTree;
        }

        using var response = await Http.PostAsync($"{Git}/trees", Json(body));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await ReadJsonAsync(response))["sha"]!.GetValue<string>();
    }

    private async Task<string> CreateCommitAsync(string message, string tree, string[]? parents = null)
    {
        var body = new JsonObject
        {
            ["message"] = message,
            ["tree"] = tree,
            ["parents"] = new JsonArray((parents ?? []).Select(p => (JsonNode)JsonValue.Create(p)).ToArray()),
        };
        using var response = await Http.PostAsync($"{Git}/commits", Json(body));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await ReadJsonAsync(response))["sha"]!.GetValue<string>();
    }

    private Task<HttpResponseMessage> PatchRefAsync(string sha, bool force) =>
        Http.PatchAsync($"{Git}/refs/heads/cml-assets", Json(new JsonObject { ["sha"] = sha, ["force"] = force }));

    private static string GitBlobSha(byte[] content) =>
        Convert.ToHexStringLower(SHA1.HashData([.. Encoding.ASCII.GetBytes($"blob {content.Length}\0"), .. content]));
}
