namespace FakeForge;

/// <summary>
/// A scripted failure: the next <paramref name="Times"/> requests whose method equals <paramref name="Method"/>
/// (case-insensitive, <c>*</c> for any) and whose path matches <paramref name="PathRegex"/> are answered with
/// <paramref name="Status"/> instead of (or, with <paramref name="AfterHandling"/>, after) the real handler.
/// </summary>
/// <param name="Method">HTTP method, case-insensitive; <c>*</c> matches every method.</param>
/// <param name="PathRegex">Matched against the request path without its query and without an <c>/api/v3</c> prefix,
/// e.g. <c>^/repos/o/r/issues/1/comments$</c>.</param>
/// <param name="Status">The status to answer with. 0 drops the connection without any response.</param>
/// <param name="Times">How many matching requests this fault answers before it is spent.</param>
/// <param name="Headers">Extra response headers, replacing the standard ones of the same name (e.g. Retry-After,
/// X-RateLimit-Remaining).</param>
/// <param name="Body">The response body; a JSON <c>{"message": reason}</c> when null.</param>
/// <param name="AfterHandling">Run the real handler first, so the state changes, then answer with the fault:
/// "the server did it, the client saw a 502".</param>
/// <param name="Delay">Wait this long before answering (after handling when <paramref name="AfterHandling"/>);
/// gives up quietly when the client goes away first.</param>
public sealed record Fault(
    string Method,
    string PathRegex,
    int Status,
    int Times = 1,
    IReadOnlyDictionary<string, string>? Headers = null,
    string? Body = null,
    bool AfterHandling = false,
    TimeSpan? Delay = null);
