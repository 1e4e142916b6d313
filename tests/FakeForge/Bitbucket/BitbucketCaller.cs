using Microsoft.AspNetCore.Http;

namespace FakeForge.Bitbucket;

/// <summary>The credential behind the current request, as <see cref="BitbucketAuthMiddleware"/> found it.</summary>
internal static class BitbucketCaller
{
    public static void Set(HttpContext context, BitbucketCredential credential) => context.Items[typeof(BitbucketCaller)] = credential;

    public static BitbucketCredential Of(HttpContext context) =>
        context.Items.TryGetValue(typeof(BitbucketCaller), out var value) && value is BitbucketCredential credential
            ? credential
            : throw BitbucketErrorException.Unauthorized();
}
