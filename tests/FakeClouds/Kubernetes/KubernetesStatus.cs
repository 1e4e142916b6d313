using System.Text.Json.Nodes;

namespace FakeClouds.Kubernetes;

/// <summary>The API server's <c>Status</c> object, its answer to failures and to deletes.</summary>
internal static class KubernetesStatus
{
    public static JsonObject Failure(int code, string reason, string message) => new()
    {
        ["kind"] = "Status",
        ["apiVersion"] = "v1",
        ["metadata"] = new JsonObject(),
        ["status"] = "Failure",
        ["message"] = message,
        ["reason"] = reason,
        ["code"] = code,
    };

    public static JsonObject Success(string name, string kind) => new()
    {
        ["kind"] = "Status",
        ["apiVersion"] = "v1",
        ["metadata"] = new JsonObject(),
        ["status"] = "Success",
        ["details"] = new JsonObject { ["name"] = name, ["group"] = "batch", ["kind"] = kind },
    };
}
