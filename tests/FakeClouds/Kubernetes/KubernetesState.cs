using System.Text.Json.Nodes;
using FakeClouds.Hosting;

namespace FakeClouds.Kubernetes;

/// <summary>What the fake API server holds: namespaces, jobs (as the JSON received), requests and armed faults.</summary>
public sealed class KubernetesState
{
    private readonly object gate = new();
    private readonly List<RecordedCloudRequest> requests = [];
    private readonly Dictionary<(string Namespace, string Name), JsonObject> jobs = [];
    private readonly Dictionary<string, Queue<KubernetesFault>> faults = new(StringComparer.Ordinal);

    /// <summary>The bearer token the generated kubeconfig carries; any other is answered 401.</summary>
    public string AcceptedToken { get; set; } = "fake-kubernetes-token";

    public HashSet<string> Namespaces { get; } = new(StringComparer.Ordinal) { "default" };

    public IReadOnlyList<RecordedCloudRequest> Requests
    {
        get
        {
            lock (gate)
            {
                return [.. requests];
            }
        }
    }

    /// <summary>The jobs that exist now, keyed by namespace and name.</summary>
    public IReadOnlyDictionary<(string Namespace, string Name), JsonObject> Jobs
    {
        get
        {
            lock (gate)
            {
                return new Dictionary<(string, string), JsonObject>(jobs);
            }
        }
    }

    /// <summary>Answers the next call of <paramref name="operation"/> (<c>create job</c>, <c>delete job</c>, <c>list pods</c>) with <paramref name="fault"/>.</summary>
    public void Arm(string operation, KubernetesFault fault)
    {
        lock (gate)
        {
            if (!faults.TryGetValue(operation, out var queue))
            {
                faults[operation] = queue = new Queue<KubernetesFault>();
            }

            queue.Enqueue(fault);
        }
    }

    internal void Record(RecordedCloudRequest request)
    {
        lock (gate)
        {
            requests.Add(request);
        }
    }

    internal KubernetesFault? TakeFault(string operation)
    {
        lock (gate)
        {
            return faults.TryGetValue(operation, out var queue) && queue.Count > 0 ? queue.Dequeue() : null;
        }
    }

    internal bool TryAddJob(string @namespace, string name, JsonObject job)
    {
        lock (gate)
        {
            return jobs.TryAdd((@namespace, name), job);
        }
    }

    internal JsonObject? FindJob(string @namespace, string name)
    {
        lock (gate)
        {
            return jobs.GetValueOrDefault((@namespace, name));
        }
    }

    internal bool RemoveJob(string @namespace, string name)
    {
        lock (gate)
        {
            return jobs.Remove((@namespace, name));
        }
    }
}
