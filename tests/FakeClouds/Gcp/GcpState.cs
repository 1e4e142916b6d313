using System.Security.Cryptography;
using System.Text.Json.Nodes;
using FakeClouds.Hosting;

namespace FakeClouds.Gcp;

/// <summary>What the fake Compute Engine and token endpoint hold.</summary>
public sealed class GcpState
{
    private readonly object gate = new();
    private readonly List<RecordedCloudRequest> requests = [];
    private readonly List<GcpStoredInstance> instances = [];
    private readonly Dictionary<string, Queue<GcpFault>> faults = new(StringComparer.Ordinal);
    private readonly Queue<(string Code, string Message)> operationErrors = new();
    private int nextOperation = 1;

    /// <summary>The error each failed operation reports when asked about, by operation name.</summary>
    internal System.Collections.Concurrent.ConcurrentDictionary<string, (string Code, string Message)> FailedOperations { get; } = new();

    /// <summary>The key of the service account the fake trusts; the token endpoint checks JWT signatures with it.</summary>
    public RSA ServiceAccountKey { get; } = RSA.Create(2048);

    public string ServiceAccountEmail { get; set; } = "cml-runner@fake-project.iam.gserviceaccount.com";

    /// <summary>The token the token endpoint hands out and the compute API accepts.</summary>
    public string AcceptedToken { get; set; } = "ya29.fake-compute-token";

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

    public IReadOnlyList<GcpStoredInstance> Instances
    {
        get
        {
            lock (gate)
            {
                return [.. instances];
            }
        }
    }

    /// <summary>Answers the next <paramref name="operation"/> (<c>insert</c>, <c>delete</c>, <c>token</c>) with an HTTP error.</summary>
    public void Arm(string operation, GcpFault fault)
    {
        lock (gate)
        {
            if (!faults.TryGetValue(operation, out var queue))
            {
                faults[operation] = queue = new Queue<GcpFault>();
            }

            queue.Enqueue(fault);
        }
    }

    /// <summary>The next insert is accepted, but its operation ends with this error (as capacity shortages do).</summary>
    public void ArmOperationError(string code, string message)
    {
        lock (gate)
        {
            operationErrors.Enqueue((code, message));
        }
    }

    internal void Record(RecordedCloudRequest request)
    {
        lock (gate)
        {
            requests.Add(request);
        }
    }

    internal GcpFault? TakeFault(string operation)
    {
        lock (gate)
        {
            return faults.TryGetValue(operation, out var queue) && queue.Count > 0 ? queue.Dequeue() : null;
        }
    }

    internal (string Code, string Message)? TakeOperationError()
    {
        lock (gate)
        {
            return operationErrors.Count > 0 ? operationErrors.Dequeue() : null;
        }
    }

    internal string NextOperationName()
    {
        lock (gate)
        {
            return $"operation-{nextOperation++}";
        }
    }

    /// <summary>Adds the instance unless its name is taken; the same request id returns the first insert's instance.</summary>
    internal (GcpStoredInstance? Instance, bool Conflict) Insert(GcpStoredInstance instance)
    {
        lock (gate)
        {
            if (instance.RequestId is not null && instances.FirstOrDefault(i => i.RequestId == instance.RequestId) is { } same)
            {
                return (same, false);
            }

            if (instances.Any(i => i.Project == instance.Project && i.Zone == instance.Zone && i.Name == instance.Name))
            {
                return (null, true);
            }

            instances.Add(instance);
            return (instance, false);
        }
    }

    internal bool Delete(string project, string zone, string name)
    {
        lock (gate)
        {
            return instances.RemoveAll(i => i.Project == project && i.Zone == zone && i.Name == name) > 0;
        }
    }

    internal JsonObject? Find(string project, string zone, string name)
    {
        lock (gate)
        {
            return instances.FirstOrDefault(i => i.Project == project && i.Zone == zone && i.Name == name)?.Body;
        }
    }
}
