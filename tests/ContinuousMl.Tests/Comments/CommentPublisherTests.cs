using ContinuousMl.Comments;
using ContinuousMl.Forges;
using Microsoft.Extensions.Logging.Abstractions;

namespace ContinuousMl.Tests.Comments;

// Find-or-create logic over an in-memory forge; the HTTP side is covered against FakeForge.
public class CommentPublisherTests
{
    private static readonly CommentTarget Pr = CommentTarget.PullRequest("1");

    [Fact]
    public async Task Creates_when_not_asked_to_update()
    {
        var forge = new MemoryForge();
        var watermark = new Watermark(null, null, null, "abc");
        forge.Comments.Add(new Comment("1", watermark.AppendTo("old"), "u1"));

        var comment = await new CommentPublisher(forge, NullLogger.Instance).PublishAsync(Pr, watermark.AppendTo("new"), watermark, update: false, CancellationToken.None);

        Assert.Equal(2, forge.Comments.Count);
        Assert.Equal(watermark.AppendTo("new"), comment.Body);
    }

    [Fact]
    public async Task Updates_the_newest_matching_comment()
    {
        var forge = new MemoryForge();
        var watermark = new Watermark("nightly", null, null, "abc");
        forge.Comments.Add(new Comment("1", watermark.AppendTo("first"), "u1"));
        forge.Comments.Add(new Comment("2", watermark.AppendTo("second"), "u2"));
        forge.Comments.Add(new Comment("3", new Watermark(null, null, null, "abc").AppendTo("untitled"), "u3"));

        var comment = await new CommentPublisher(forge, NullLogger.Instance).PublishAsync(Pr, watermark.AppendTo("third"), watermark, update: true, CancellationToken.None);

        Assert.Equal("2", comment.Id);
        Assert.Equal(3, forge.Comments.Count);
        Assert.Equal(watermark.AppendTo("third"), forge.Comments[1].Body);
        Assert.Equal(watermark.AppendTo("first"), forge.Comments[0].Body);
    }

    [Fact]
    public async Task Update_without_a_match_creates()
    {
        var forge = new MemoryForge();
        var watermark = new Watermark(null, null, null, "abc");

        await new CommentPublisher(forge, NullLogger.Instance).PublishAsync(Pr, "body", watermark, update: true, CancellationToken.None);

        Assert.Single(forge.Comments);
    }

    [Fact]
    public async Task An_ambiguous_create_that_happened_is_not_repeated()
    {
        var forge = new MemoryForge { AmbiguousFailures = 1, FailAfterCreating = true };

        var comment = await new CommentPublisher(forge, NullLogger.Instance).PublishAsync(Pr, "body\n", null, update: false, CancellationToken.None);

        Assert.Single(forge.Comments);
        Assert.Equal("1", comment.Id);
        Assert.Equal(1, forge.CreateCalls);
        Assert.Equal(1, forge.Finds);
    }

    [Fact]
    public async Task An_ambiguous_create_that_did_not_happen_is_tried_again()
    {
        var forge = new MemoryForge { AmbiguousFailures = 1, FailAfterCreating = false };

        await new CommentPublisher(forge, NullLogger.Instance).PublishAsync(Pr, "body", null, update: false, CancellationToken.None);

        Assert.Single(forge.Comments);
        Assert.Equal(2, forge.CreateCalls);
        Assert.Equal(1, forge.Finds);
    }

    [Fact]
    public async Task An_older_identical_comment_is_not_mistaken_for_ours()
    {
        var forge = new MemoryForge { AmbiguousFailures = 1, FailAfterCreating = false };
        forge.Comments.Add(new Comment("old", "body", "u", CreatedAt: DateTimeOffset.UtcNow.AddHours(-1)));

        await new CommentPublisher(forge, NullLogger.Instance).PublishAsync(Pr, "body", null, update: false, CancellationToken.None);

        Assert.Equal(2, forge.Comments.Count);
    }

    [Fact]
    public async Task A_refusal_is_not_retried()
    {
        var forge = new MemoryForge { Refuse = true };

        await Assert.ThrowsAsync<ForgeRequestException>(() =>
            new CommentPublisher(forge, NullLogger.Instance).PublishAsync(Pr, "body", null, update: false, CancellationToken.None));

        Assert.Equal(1, forge.CreateCalls);
        Assert.Equal(0, forge.Finds);
    }

    [Fact]
    public async Task Gives_up_after_three_ambiguous_creates()
    {
        var forge = new MemoryForge { AmbiguousFailures = 10, FailAfterCreating = false };

        var error = await Assert.ThrowsAsync<ForgeRequestException>(() =>
            new CommentPublisher(forge, NullLogger.Instance).PublishAsync(Pr, "body", null, update: false, CancellationToken.None));

        Assert.True(error.OutcomeUnknown);
        Assert.Equal(3, forge.CreateCalls);
    }

    private sealed class MemoryForge : IForge
    {
        public List<Comment> Comments { get; } = [];

        public int AmbiguousFailures { get; set; }

        public bool FailAfterCreating { get; init; }

        public bool Refuse { get; init; }

        public int CreateCalls { get; private set; }

        public int Finds { get; private set; }

        public string Name => "memory";

        public ForgeLimits Limits => ForgeLimits.GitHub;

        public Task<IReadOnlyList<PullRequestRef>> PullRequestsForCommitAsync(string sha, CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyList<PullRequestRef>>([]);

        public Task<Comment?> FindNewestCommentAsync(CommentTarget target, Func<Comment, bool> matches, CancellationToken cancellationToken)
        {
            Finds++;
            return Task.FromResult(Comments.LastOrDefault(matches));
        }

        public Task<Comment> CreateCommentAsync(CommentTarget target, string body, CancellationToken cancellationToken)
        {
            CreateCalls++;
            if (Refuse)
            {
                throw new ForgeRequestException("refused", 403, outcomeUnknown: false);
            }

            if (AmbiguousFailures > 0)
            {
                AmbiguousFailures--;
                if (FailAfterCreating)
                {
                    Add(body);
                }

                throw new ForgeRequestException("502", 502, outcomeUnknown: true);
            }

            return Task.FromResult(Add(body));
        }

        public Task<Comment> UpdateCommentAsync(CommentTarget target, Comment existing, string body, CancellationToken cancellationToken)
        {
            var index = Comments.FindIndex(c => c.Id == existing.Id);
            Comments[index] = existing with { Body = body };
            return Task.FromResult(Comments[index]);
        }

        private Comment Add(string body)
        {
            var comment = new Comment((Comments.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), body, "url", CreatedAt: DateTimeOffset.UtcNow);
            Comments.Add(comment);
            return comment;
        }
    }
}
