using System.Text.Json.Nodes;

namespace FakeForge.Http;

/// <summary>An answer in GitHub's error shape, thrown from deep inside a handler or the state.</summary>
internal sealed class ApiErrorException(int status, string message, JsonArray? errors = null) : Exception(message)
{
    public int Status { get; } = status;

    public JsonArray? Errors { get; } = errors;

    public static ApiErrorException NotFound() => new(404, "Not Found");

    public static ApiErrorException ValidationFailed(string resource, string field, string code, string message) =>
        new(422, "Validation Failed", [new JsonObject
        {
            ["resource"] = resource,
            ["code"] = code,
            ["field"] = field,
            ["message"] = message,
        }]);

    public JsonObject ToJson()
    {
        var json = new JsonObject { ["message"] = Message };
        if (Errors is not null)
        {
            json["errors"] = Errors.DeepClone();
        }

        json["documentation_url"] = "https://docs.github.com/rest";
        return json;
    }
}
