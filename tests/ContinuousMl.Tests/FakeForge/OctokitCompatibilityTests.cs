using System.Text;
using Octokit;
using Octokit.Internal;

namespace ContinuousMl.Tests.FakeForge;

/// <summary>Octokit 14, unmodified, must parse everything the fake answers.</summary>
public sealed class OctokitCompatibilityTests : FakeGitHubTestBase
{
    private GitHubClient Octokit() =>
        new(new Connection(new ProductHeaderValue("cml-tests"), Fake.BaseUrl, new InMemoryCredentialStore(new Credentials(Token))));

    [Fact]
    public async Task Creates_lists_with_paging_and_updates_issue_comments()
    {
        for (var i = 0; i < 150; i++)
        {
            State.SeedIssueComment(Owner, Repo, 1, $"seed {i}", "bob");
        }

        var client = Octokit();

        var created = await client.Issue.Comment.Create(Owner, Repo, 1, "hello from octokit");
        Assert.Equal("hello from octokit", created.Body);
        Assert.Equal(Login, created.User.Login);
        Assert.Equal($"{Fake.BaseUrl}{Owner}/{Repo}/pull/1#issuecomment-{created.Id}", created.HtmlUrl);

        var all = await client.Issue.Comment.GetAllForIssue(Owner, Repo, 1, new ApiOptions { PageSize = 100 });
        Assert.Equal(151, all.Count);
        Assert.Equal(created.Id, all[^1].Id);

        var firstPage = await client.Issue.Comment.GetAllForIssue(Owner, Repo, 1, new ApiOptions { PageSize = 100, PageCount = 1, StartPage = 1 });
        Assert.Equal(100, firstPage.Count);
        var last = client.GetLastApiInfo().Links["last"];
        Assert.EndsWith("page=2", last.Query, StringComparison.Ordinal);
        Assert.Equal(5000, client.GetLastApiInfo().RateLimit.Limit);

        var updated = await client.Issue.Comment.Update(Owner, Repo, created.Id, "edited");
        Assert.Equal("edited", updated.Body);
        Assert.True(updated.UpdatedAt > created.CreatedAt);
        Assert.Equal("edited", State.IssueComments(Owner, Repo, 1)[^1].Body);
    }

    [Fact]
    public async Task The_enterprise_constructor_adds_api_v3_and_the_fake_serves_it()
    {
        var client = new GitHubClient(new ProductHeaderValue("cml-tests"), new InMemoryCredentialStore(new Credentials(Token)), Fake.BaseUrl);

        var user = await client.User.Current();
        var repository = await client.Repository.Get(Owner, Repo);

        Assert.Equal(new Uri(Fake.BaseUrl, "/api/v3/"), client.BaseAddress);
        Assert.Equal(Login, user.Login);
        Assert.Equal($"{Owner}/{Repo}", repository.FullName);
        Assert.Equal($"{Fake.BaseUrl}{Owner}/{Repo}", repository.HtmlUrl);
        Assert.All(State.Requests, r => Assert.StartsWith("/api/v3/", r.PathAndQuery, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Reads_pull_requests_and_writes_commit_comments()
    {
        var client = Octokit();

        var pulls = await client.Repository.Commit.PullRequests(Owner, Repo, HeadSha);
        var pull = Assert.Single(pulls);
        Assert.Equal(1, pull.Number);
        Assert.Equal(ItemState.Open, pull.State.Value);
        Assert.Equal("feature", pull.Head.Ref);
        Assert.Equal(HeadSha, pull.Head.Sha);
        Assert.Equal("main", pull.Base.Ref);
        Assert.Equal($"{Fake.BaseUrl}{Owner}/{Repo}/pull/1", pull.HtmlUrl);

        var comment = await client.Repository.Comment.Create(Owner, Repo, HeadSha, new NewCommitComment("on the commit"));
        var listed = await client.Repository.Comment.GetAllForCommit(Owner, Repo, HeadSha, new ApiOptions { PageSize = 100 });
        var updated = await client.Repository.Comment.Update(Owner, Repo, comment.Id, "edited");

        Assert.Equal(comment.Id, Assert.Single(listed).Id);
        Assert.Equal(HeadSha, comment.CommitId);
        Assert.Equal("edited", updated.Body);
    }

    [Fact]
    public async Task Publishes_through_the_git_data_api_and_rejects_a_non_fast_forward()
    {
        var client = Octokit();
        var blob = await client.Git.Blob.Create(Owner, Repo, new NewBlob { Content = Convert.ToBase64String(Encoding.UTF8.GetBytes("<svg/>")), Encoding = EncodingType.Base64 });
        var newTree = new NewTree();
        newTree.Tree.Add(new NewTreeItem { Path = "ab/cdef.svg", Mode = global::Octokit.FileMode.File, Type = TreeType.Blob, Sha = blob.Sha });
        var tree = await client.Git.Tree.Create(Owner, Repo, newTree);
        var commit = await client.Git.Commit.Create(Owner, Repo, new NewCommit("publish", tree.Sha, Array.Empty<string>()));
        await client.Git.Reference.Create(Owner, Repo, new NewReference("refs/heads/cml-assets", commit.Sha));

        var reference = await client.Git.Reference.Get(Owner, Repo, "heads/cml-assets");
        var readCommit = await client.Git.Commit.Get(Owner, Repo, reference.Object.Sha);
        var recursive = await client.Git.Tree.GetRecursive(Owner, Repo, readCommit.Tree.Sha);

        Assert.Equal(commit.Sha, reference.Object.Sha);
        Assert.Contains(recursive.Tree, item => item.Path == "ab/cdef.svg" && item.Type.Value == TreeType.Blob);
        Assert.Contains(recursive.Tree, item => item.Path == "ab" && item.Type.Value == TreeType.Tree);

        var unrelated = await client.Git.Commit.Create(Owner, Repo, new NewCommit("other", tree.Sha, Array.Empty<string>()));
        await Assert.ThrowsAsync<ApiValidationException>(() =>
            client.Git.Reference.Update(Owner, Repo, "heads/cml-assets", new ReferenceUpdate(unrelated.Sha, force: false)));
        var child = await client.Git.Commit.Create(Owner, Repo, new NewCommit("child", tree.Sha, [commit.Sha]));
        var moved = await client.Git.Reference.Update(Owner, Repo, "heads/cml-assets", new ReferenceUpdate(child.Sha, force: false));
        Assert.Equal(child.Sha, moved.Object.Sha);
    }

    [Fact]
    public async Task Errors_become_octokits_exceptions()
    {
        var client = Octokit();
        var stranger = new GitHubClient(new Connection(new ProductHeaderValue("cml-tests"), Fake.BaseUrl, new InMemoryCredentialStore(new Credentials("wrong"))));

        await Assert.ThrowsAsync<NotFoundException>(() => client.Repository.Get(Owner, "missing"));
        await Assert.ThrowsAsync<AuthorizationException>(() => stranger.User.Current());
        await Assert.ThrowsAsync<NotFoundException>(() => client.Git.Reference.Get(Owner, Repo, "heads/nothing"));
        var tooLong = await Assert.ThrowsAsync<ApiValidationException>(() => client.Issue.Comment.Create(Owner, Repo, 1, new string('x', 65537)));
        Assert.Contains(tooLong.ApiError.Errors, e => e.Message.Contains("too long", StringComparison.Ordinal));
    }
}
