using System.Globalization;
using ContinuousMl.Bitbucket.Json;
using ContinuousMl.Forges;

namespace ContinuousMl.Bitbucket.Clients;

/// <summary>Comments on pull requests, commits and issues: one shape, three paths.</summary>
internal sealed class BitbucketCommentsClient(BitbucketConnection connection)
{
    /// <summary>The most a page holds; Bitbucket's documented maximum.</summary>
    public const int PageLength = 100;

    /// <summary>The first page, newest first, or the page <paramref name="next"/> names.</summary>
    public Task<BitbucketPage<BitbucketComment>> ListNewestFirstAsync(BitbucketRepository repository, CommentTarget target, string? next, CancellationToken cancellationToken) =>
        connection.GetAsync(
            next ?? $"{Path(repository, target)}?sort=-created_on&pagelen={PageLength.ToString(CultureInfo.InvariantCulture)}",
            BitbucketJsonContext.Default.BitbucketPageBitbucketComment,
            cancellationToken);

    public Task<BitbucketComment> CreateAsync(BitbucketRepository repository, CommentTarget target, string raw, CancellationToken cancellationToken) =>
        connection.SendJsonAsync(
            HttpMethod.Post,
            Path(repository, target),
            Body(raw),
            BitbucketJsonContext.Default.BitbucketCommentRequest,
            BitbucketJsonContext.Default.BitbucketComment,
            cancellationToken);

    public Task<BitbucketComment> UpdateAsync(BitbucketRepository repository, CommentTarget target, string id, string raw, CancellationToken cancellationToken) =>
        connection.SendJsonAsync(
            HttpMethod.Put,
            $"{Path(repository, target)}/{Uri.EscapeDataString(id)}",
            Body(raw),
            BitbucketJsonContext.Default.BitbucketCommentRequest,
            BitbucketJsonContext.Default.BitbucketComment,
            cancellationToken);

    private static BitbucketCommentRequest Body(string raw) => new() { Content = new BitbucketContent { Raw = raw } };

    private static string Path(BitbucketRepository repository, CommentTarget target)
    {
        var id = Uri.EscapeDataString(target.Id);
        return target.Kind switch
        {
            CommentTargetKind.PullRequest => $"{repository.ApiPath}/pullrequests/{id}/comments",
            CommentTargetKind.Commit => $"{repository.ApiPath}/commit/{id}/comments",
            _ => $"{repository.ApiPath}/issues/{id}/comments",
        };
    }
}
