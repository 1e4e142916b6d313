namespace FakeForge;

/// <summary>
/// A request as the fake received it. <paramref name="PathAndQuery"/> keeps any <c>/api/v3</c> prefix; the
/// Authorization header's value is never kept, only whether there was one.
/// </summary>
public sealed record RecordedRequest(string Method, string PathAndQuery, string Body, DateTimeOffset ReceivedAt, bool HadAuthorization)
{
    /// <summary>The path without query string and without an <c>/api/v3</c> prefix.</summary>
    public string Path
    {
        get
        {
            var path = PathAndQuery.Split('?', 2)[0];
            return path.StartsWith("/api/v3/", StringComparison.Ordinal) ? path["/api/v3".Length..] : path;
        }
    }
}
