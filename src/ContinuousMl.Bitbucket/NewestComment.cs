using ContinuousMl.Forges;

namespace ContinuousMl.Bitbucket;

/// <summary>Keeps the newest of the comments offered to it, by creation time then id (ids grow with time).</summary>
internal sealed class NewestComment
{
    private long id;

    public Comment? Found { get; private set; }

    public void Offer(Comment comment, long commentId)
    {
        if (Found is null || Compare(comment.CreatedAt, commentId, Found.CreatedAt, id) > 0)
        {
            Found = comment;
            id = commentId;
        }
    }

    /// <summary>Positive when the left comment is newer.</summary>
    public static int Compare(DateTimeOffset? leftTime, long leftId, DateTimeOffset? rightTime, long rightId)
    {
        var byTime = Nullable.Compare(leftTime, rightTime);
        return byTime != 0 ? byTime : leftId.CompareTo(rightId);
    }
}
