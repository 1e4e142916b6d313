using System.Text.Json.Nodes;
using FakeClouds.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace FakeClouds.Kubernetes;

/// <summary>The slice of the Kubernetes API a runner launch uses: batch/v1 jobs and the pods they start.</summary>
internal static class KubernetesApi
{
    public static void Map(WebApplication app, KubernetesState state)
    {
        app.MapPost("/apis/batch/v1/namespaces/{ns}/jobs", (HttpContext context, string ns) => HandleAsync(context, state, "create job", ns, async body =>
        {
            var job = JsonNode.Parse(body)?.AsObject() ?? throw new FailureException(400, "BadRequest", "the body is not a Job");
            var metadata = job["metadata"]?.AsObject() ?? throw new FailureException(422, "Invalid", "Job.batch \"\" is invalid: metadata.name: Required value");
            var name = metadata["name"]?.GetValue<string>() ?? throw new FailureException(422, "Invalid", "Job.batch \"\" is invalid: metadata.name: Required value");
            metadata["namespace"] = ns;
            metadata["uid"] = Guid.NewGuid().ToString();
            metadata["creationTimestamp"] = DateTime.UtcNow.ToString("yyyy-MM-ddTHH:mm:ssZ");
            if (!state.TryAddJob(ns, name, job))
            {
                throw new FailureException(409, "AlreadyExists", $"jobs.batch \"{name}\" already exists");
            }

            await Task.CompletedTask;
            return (201, (JsonNode)job.DeepClone());
        }));

        app.MapGet("/apis/batch/v1/namespaces/{ns}/jobs/{name}", (HttpContext context, string ns, string name) => HandleAsync(context, state, "read job", ns, _ =>
            Task.FromResult((200, (JsonNode)(state.FindJob(ns, name)?.DeepClone() ?? throw new FailureException(404, "NotFound", $"jobs.batch \"{name}\" not found"))))));

        app.MapDelete("/apis/batch/v1/namespaces/{ns}/jobs/{name}", (HttpContext context, string ns, string name) => HandleAsync(context, state, "delete job", ns, _ =>
        {
            if (!state.RemoveJob(ns, name))
            {
                throw new FailureException(404, "NotFound", $"jobs.batch \"{name}\" not found");
            }

            return Task.FromResult((200, (JsonNode)KubernetesStatus.Success(name, "jobs")));
        }));

        app.MapGet("/api/v1/namespaces/{ns}/pods", (HttpContext context, string ns) => HandleAsync(context, state, "list pods", ns, _ =>
        {
            // One pod per job, named and labelled as the job controller does.
            var selector = context.Request.Query["labelSelector"].ToString();
            var items = new JsonArray();
            foreach (var ((jobNamespace, jobName), job) in state.Jobs)
            {
                var labels = job["spec"]?["template"]?["metadata"]?["labels"]?.AsObject().DeepClone().AsObject() ?? [];
                labels["job-name"] = jobName;
                if (jobNamespace != ns || !Matches(labels, selector))
                {
                    continue;
                }

                items.Add(new JsonObject
                {
                    ["metadata"] = new JsonObject { ["name"] = $"{jobName}-x7k2p", ["namespace"] = ns, ["labels"] = labels },
                    ["status"] = new JsonObject { ["phase"] = "Running" },
                });
            }

            return Task.FromResult((200, (JsonNode)new JsonObject { ["kind"] = "PodList", ["apiVersion"] = "v1", ["metadata"] = new JsonObject(), ["items"] = items }));
        }));
    }

    private static bool Matches(JsonObject labels, string selector) =>
        selector.Length == 0 || selector.Split(',').All(term =>
        {
            var parts = term.Split('=', 2);
            return parts.Length == 2 && labels[parts[0]]?.GetValue<string>() == parts[1];
        });

    private static async Task HandleAsync(HttpContext context, KubernetesState state, string operation, string ns, Func<string, Task<(int Status, JsonNode Body)>> handle)
    {
        var recorded = await RequestCapture.CaptureAsync(context.Request);
        state.Record(recorded);
        (int Status, JsonNode Body) answer;
        if (recorded.Headers.GetValueOrDefault("Authorization") != $"Bearer {state.AcceptedToken}")
        {
            answer = (401, KubernetesStatus.Failure(401, "Unauthorized", "Unauthorized"));
        }
        else if (state.TakeFault(operation) is { } fault)
        {
            answer = (fault.Code, KubernetesStatus.Failure(fault.Code, fault.Reason, fault.Message));
        }
        else if (!state.Namespaces.Contains(ns))
        {
            answer = (404, KubernetesStatus.Failure(404, "NotFound", $"namespaces \"{ns}\" not found"));
        }
        else
        {
            try
            {
                answer = await handle(recorded.Body);
            }
            catch (FailureException failure)
            {
                answer = (failure.Code, KubernetesStatus.Failure(failure.Code, failure.Reason, failure.Message));
            }
        }

        context.Response.StatusCode = answer.Status;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(answer.Body.ToJsonString());
    }

    private sealed class FailureException(int code, string reason, string message) : Exception(message)
    {
        public int Code { get; } = code;

        public string Reason { get; } = reason;
    }
}
