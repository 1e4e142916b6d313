using FakeForge.Http;
using FakeForge.Json;
using Microsoft.AspNetCore.Http;

namespace FakeForge.Endpoints;

/// <summary>Reads the <c>{"body": …}</c> of a comment write and applies GitHub's length limit.</summary>
internal static class CommentBodies
{
    public const int MaxLength = 65536;

    public static async Task<string> ReadAsync(HttpRequest request, string resource)
    {
        var json = await RequestJson.ReadObjectAsync(request);
        var body = RequestJson.RequiredString(json, "body");
        return body.Length <= MaxLength
            ? body
            : throw ApiErrorException.ValidationFailed(resource, "body", "custom", $"body is too long (maximum is {MaxLength} characters)");
    }
}
