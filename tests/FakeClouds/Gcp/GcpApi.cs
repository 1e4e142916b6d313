using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using FakeClouds.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace FakeClouds.Gcp;

/// <summary>Compute Engine v1's instance and zone-operation calls, and an OAuth token endpoint for service account JWTs.</summary>
internal static class GcpApi
{
    private const string Root = "/compute/v1/projects/{project}/zones/{zone}";

    public static void Map(WebApplication app, GcpState state)
    {
        app.MapPost("/token", async context =>
        {
            var recorded = await RequestCapture.CaptureAsync(context.Request);
            state.Record(recorded);
            if (state.TakeFault("token") is { } fault)
            {
                await WriteAsync(context, fault.Code, new JsonObject { ["error"] = fault.Reason, ["error_description"] = fault.Message });
                return;
            }

            var assertion = recorded.Parameter("assertion") ?? "";
            if (recorded.Parameter("grant_type") != "urn:ietf:params:oauth:grant-type:jwt-bearer" || !IsSignedBy(assertion, state))
            {
                await WriteAsync(context, 400, new JsonObject { ["error"] = "invalid_grant", ["error_description"] = "Invalid JWT Signature." });
                return;
            }

            await WriteAsync(context, 200, new JsonObject { ["access_token"] = state.AcceptedToken, ["expires_in"] = 3599, ["token_type"] = "Bearer" });
        });

        app.MapPost(Root + "/instances", (HttpContext context, string project, string zone) => HandleAsync(context, state, "insert", recorded =>
        {
            var body = JsonNode.Parse(recorded.Body)!.AsObject();
            var name = (string?)body["name"] ?? throw new FaultException(new GcpFault(400, "required", "Required field 'resource.name' not specified"));
            var (instance, conflict) = state.Insert(new GcpStoredInstance(project, zone, name, body, recorded.Parameter("requestId")));
            if (conflict)
            {
                throw new FaultException(new GcpFault(409, "alreadyExists", $"The resource 'projects/{project}/zones/{zone}/instances/{name}' already exists"));
            }

            var operation = Operation(state.NextOperationName(), zone, "RUNNING");
            if (state.TakeOperationError() is { } error)
            {
                // The operation fails as GCP's do: the instance never comes up.
                state.Delete(project, zone, instance!.Name);
                state.FailedOperations[(string)operation["name"]!] = error;
            }

            return (200, operation);
        }));

        app.MapGet(Root + "/operations/{operation}", (HttpContext context, string project, string zone, string operation) => HandleAsync(context, state, "operation", _ =>
        {
            var done = Operation(operation, zone, "DONE");
            if (state.FailedOperations.TryGetValue(operation, out var error))
            {
                done["error"] = new JsonObject { ["errors"] = new JsonArray(new JsonObject { ["code"] = error.Code, ["message"] = error.Message }) };
            }

            return (200, done);
        }));

        app.MapGet(Root + "/instances/{name}", (HttpContext context, string project, string zone, string name) => HandleAsync(context, state, "get", _ =>
            (200, state.Find(project, zone, name)?.DeepClone() ?? throw new FaultException(NotFound(project, zone, name)))));

        app.MapDelete(Root + "/instances/{name}", (HttpContext context, string project, string zone, string name) => HandleAsync(context, state, "delete", _ =>
            state.Delete(project, zone, name) ? (200, Operation(state.NextOperationName(), zone, "RUNNING")) : throw new FaultException(NotFound(project, zone, name))));
    }

    private static GcpFault NotFound(string project, string zone, string name) =>
        new(404, "notFound", $"The resource 'projects/{project}/zones/{zone}/instances/{name}' was not found");

    private static JsonObject Operation(string name, string zone, string status) => new()
    {
        ["kind"] = "compute#operation",
        ["name"] = name,
        ["zone"] = zone,
        ["status"] = status,
    };

    private static async Task HandleAsync(HttpContext context, GcpState state, string operation, Func<RecordedCloudRequest, (int Status, JsonNode Body)> handle)
    {
        var recorded = await RequestCapture.CaptureAsync(context.Request);
        state.Record(recorded);
        try
        {
            if (recorded.Headers.GetValueOrDefault("Authorization") != $"Bearer {state.AcceptedToken}")
            {
                throw new FaultException(new GcpFault(401, "authError", "Request had invalid authentication credentials."));
            }

            if (state.TakeFault(operation) is { } fault)
            {
                throw new FaultException(fault);
            }

            var (status, body) = handle(recorded);
            await WriteAsync(context, status, body);
        }
        catch (FaultException failure)
        {
            var fault = failure.Fault;
            await WriteAsync(context, fault.Code, new JsonObject
            {
                ["error"] = new JsonObject
                {
                    ["code"] = fault.Code,
                    ["message"] = fault.Message,
                    ["errors"] = new JsonArray(new JsonObject { ["message"] = fault.Message, ["domain"] = "global", ["reason"] = fault.Reason }),
                },
            });
        }
    }

    private static bool IsSignedBy(string jwt, GcpState state)
    {
        var parts = jwt.Split('.');
        if (parts.Length != 3)
        {
            return false;
        }

        var claims = JsonNode.Parse(Base64UrlDecode(parts[1]));
        return (string?)claims?["iss"] == state.ServiceAccountEmail
            && state.ServiceAccountKey.VerifyData(Encoding.ASCII.GetBytes(parts[0] + "." + parts[1]), Base64UrlDecode(parts[2]), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
    }

    private static byte[] Base64UrlDecode(string value)
    {
        var padded = value.Replace('-', '+').Replace('_', '/');
        return Convert.FromBase64String(padded.PadRight(padded.Length + ((4 - (padded.Length % 4)) % 4), '='));
    }

    private static Task WriteAsync(HttpContext context, int status, JsonNode body)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json; charset=UTF-8";
        return context.Response.WriteAsync(body.ToJsonString());
    }

    private sealed class FaultException(GcpFault fault) : Exception(fault.Message)
    {
        public GcpFault Fault { get; } = fault;
    }
}
