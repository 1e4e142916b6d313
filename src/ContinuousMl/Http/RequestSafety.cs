namespace ContinuousMl.Http;

/// <summary>
/// Which requests may be sent again when their outcome is unknown. A POST that may have created a comment must
/// not be repeated blindly (the caller looks for it first); content-addressed writes may be marked safe.
/// </summary>
public static class RequestSafety
{
    public static readonly HttpRequestOptionsKey<bool> SafeToRepeat = new("ContinuousMl.SafeToRepeat");

    public static void MarkSafeToRepeat(HttpRequestMessage request) => request.Options.Set(SafeToRepeat, true);

    public static bool IsSafeToRepeat(HttpRequestMessage? request)
    {
        if (request is null)
        {
            return false;
        }

        if (request.Options.TryGetValue(SafeToRepeat, out var marked) && marked)
        {
            return true;
        }

        var method = request.Method;
        return method == HttpMethod.Get || method == HttpMethod.Head || method == HttpMethod.Options
            || method == HttpMethod.Put || method == HttpMethod.Delete || method == HttpMethod.Patch;
    }
}
