using System.Text.RegularExpressions;
using FakeClouds.Hosting;

namespace FakeClouds.Ec2;

/// <summary>What the fake EC2 holds: images, instances, key pairs, every request received and the armed faults.</summary>
public sealed class Ec2State
{
    private readonly object gate = new();
    private readonly List<RecordedCloudRequest> requests = [];
    private readonly List<Ec2Instance> instances = [];
    private readonly Dictionary<string, string> keyPairs = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Queue<Ec2Fault>> faults = new(StringComparer.Ordinal);
    private int nextId = 1;

    /// <summary>The access key id the fake accepts; any other gets <c>AuthFailure</c>, as EC2 answers an unknown key.</summary>
    public string AcceptedAccessKeyId { get; set; } = "AKIAFAKECMLTESTS0001";

    /// <summary>Canonical's Ubuntu images as DescribeImages finds them; the newer jammy one should be chosen by default.</summary>
    public List<Ec2Image> Images { get; } =
    [
        new("ami-0aaaaaaaaaaaaaaa1", "099720109477", "ubuntu/images/hvm-ssd/ubuntu-jammy-22.04-amd64-server-20240101", "x86_64", "2024-01-01T00:00:00.000Z"),
        new("ami-0bbbbbbbbbbbbbbb2", "099720109477", "ubuntu/images/hvm-ssd/ubuntu-jammy-22.04-amd64-server-20240601", "x86_64", "2024-06-01T00:00:00.000Z"),
        new("ami-0ccccccccccccccc3", "099720109477", "ubuntu/images/hvm-ssd/ubuntu-jammy-22.04-arm64-server-20240601", "arm64", "2024-06-01T00:00:00.000Z"),
        new("ami-0ddddddddddddddd4", "123456789012", "ubuntu/images/hvm-ssd/ubuntu-jammy-22.04-amd64-server-20250101", "x86_64", "2025-01-01T00:00:00.000Z"),
    ];

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

    public IReadOnlyList<Ec2Instance> Instances
    {
        get
        {
            lock (gate)
            {
                return [.. instances];
            }
        }
    }

    public IReadOnlyCollection<string> KeyPairNames
    {
        get
        {
            lock (gate)
            {
                return [.. keyPairs.Keys];
            }
        }
    }

    /// <summary>The requests whose <c>Action</c> was <paramref name="action"/>, in order.</summary>
    public IReadOnlyList<RecordedCloudRequest> RequestsFor(string action) =>
        Requests.Where(request => request.Parameter("Action") == action).ToList();

    /// <summary>Answers the next <paramref name="times"/> calls of <paramref name="action"/> with <paramref name="fault"/>.</summary>
    public void Arm(string action, Ec2Fault fault, int times = 1)
    {
        lock (gate)
        {
            if (!faults.TryGetValue(action, out var queue))
            {
                faults[action] = queue = new Queue<Ec2Fault>();
            }

            for (var i = 0; i < times; i++)
            {
                queue.Enqueue(fault);
            }
        }
    }

    public void AddKeyPair(string name, string material)
    {
        lock (gate)
        {
            keyPairs[name] = material;
        }
    }

    public string? KeyPairMaterial(string name)
    {
        lock (gate)
        {
            return keyPairs.GetValueOrDefault(name);
        }
    }

    internal void Record(RecordedCloudRequest request)
    {
        lock (gate)
        {
            requests.Add(request);
        }
    }

    internal Ec2Fault? TakeFault(string action)
    {
        lock (gate)
        {
            return faults.TryGetValue(action, out var queue) && queue.Count > 0 ? queue.Dequeue() : null;
        }
    }

    /// <summary>Seeds a running instance, as if an earlier <c>runner launch --cloud aws</c> had started it; returns it.</summary>
    public Ec2Instance AddRunningInstance(string availabilityZone = "us-east-1a", IReadOnlyList<Ec2Tag>? tags = null)
    {
        var instance = RunInstance(
            (id, reservation) => new Ec2Instance
            {
                InstanceId = id,
                ReservationId = reservation,
                ImageId = Images[1].ImageId,
                InstanceType = "m5.2xlarge",
                AvailabilityZone = availabilityZone,
                Tags = tags ?? [],
            },
            clientToken: null);
        instance.State = "running";
        return instance;
    }

    internal Ec2Instance RunInstance(Func<string, string, Ec2Instance> create, string? clientToken)
    {
        lock (gate)
        {
            // EC2's idempotency: the same client token returns the instance the first call started.
            if (clientToken is not null && instances.FirstOrDefault(i => i.ClientToken == clientToken) is { } existing)
            {
                return existing;
            }

            var id = nextId++;
            var instance = create($"i-{id:x17}", $"r-{id:x17}");
            instances.Add(instance);
            return instance;
        }
    }

    internal Ec2Instance? FindInstance(string id)
    {
        lock (gate)
        {
            return instances.FirstOrDefault(i => i.InstanceId == id);
        }
    }

    internal IReadOnlyList<Ec2Instance> FindInstances(Func<Ec2Instance, bool> predicate)
    {
        lock (gate)
        {
            return instances.Where(predicate).ToList();
        }
    }

    internal bool RemoveKeyPair(string name)
    {
        lock (gate)
        {
            return keyPairs.Remove(name);
        }
    }

    internal bool HasKeyPair(string name)
    {
        lock (gate)
        {
            return keyPairs.ContainsKey(name);
        }
    }

    internal static bool MatchesPattern(string value, string pattern) =>
        Regex.IsMatch(value, "^" + Regex.Escape(pattern).Replace("\\*", ".*").Replace("\\?", ".") + "$");
}
