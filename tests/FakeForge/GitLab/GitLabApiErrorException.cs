using System.Text.Json.Nodes;

namespace FakeForge.GitLab;

/// <summary>An answer in one of GitLab's error shapes, thrown from deep inside a handler or the state.</summary>
internal sealed class GitLabApiErrorException(int status, JsonObject body) : Exception(body.ToJsonString())
{
    public int Status { get; } = status;

    public JsonObject Body { get; } = body;

    /// <summary><c>{"message": "404 Project Not Found"}</c> and the like.</summary>
    public static GitLabApiErrorException WithMessage(int status, string message) => new(status, new JsonObject { ["message"] = message });

    public static GitLabApiErrorException NotFound(string what) => WithMessage(404, $"404 {what} Not Found");

    public static GitLabApiErrorException Unauthorized() => WithMessage(401, "401 Unauthorized");

    /// <summary>What GitLab answers a token whose scopes do not cover the request (e.g. <c>read_api</c> writing).</summary>
    public static GitLabApiErrorException InsufficientScope() => new(403, new JsonObject
    {
        ["error"] = "insufficient_scope",
        ["error_description"] = "The request requires higher privileges than provided by the access token.",
        ["scope"] = "api",
    });

    /// <summary>A missing parameter: <c>{"error": "body is missing"}</c>.</summary>
    public static GitLabApiErrorException Missing(string parameter) =>
        new(400, new JsonObject { ["error"] = $"{parameter} is missing" });

    /// <summary>A model validation failure: <c>{"message": {"note": ["is too long …"]}}</c>.</summary>
    public static GitLabApiErrorException Invalid(string field, string problem) =>
        new(400, new JsonObject { ["message"] = new JsonObject { [field] = new JsonArray(problem) } });
}
