using FakeForge.Faults;

namespace FakeForge.Http;

/// <summary>
/// The request log and the armed faults of one fake forge: the same bookkeeping for GitHub, GitLab and
/// Bitbucket, with its own lock because it never touches the forge's state.
/// </summary>
internal sealed class RequestJournal : IFaultSource, IRequestRecorder
{
    private readonly Lock gate = new();
    private readonly List<RecordedRequest> requests = [];
    private readonly List<ArmedFault> faults = [];

    public IReadOnlyList<RecordedRequest> Requests
    {
        get
        {
            lock (gate)
            {
                return requests.ToArray();
            }
        }
    }

    public int PendingFaults
    {
        get
        {
            lock (gate)
            {
                return faults.Sum(f => f.Remaining);
            }
        }
    }

    public void ClearRequests()
    {
        lock (gate)
        {
            requests.Clear();
        }
    }

    public void AddFault(Fault fault)
    {
        ArgumentNullException.ThrowIfNull(fault);
        ArgumentOutOfRangeException.ThrowIfLessThan(fault.Times, 1);
        var armed = new ArmedFault(fault);
        lock (gate)
        {
            faults.Add(armed);
        }
    }

    public void ClearFaults()
    {
        lock (gate)
        {
            faults.Clear();
        }
    }

    public Fault? TakeFault(string method, string path)
    {
        lock (gate)
        {
            var armed = faults.FirstOrDefault(f => f.Matches(method, path));
            armed?.Consume();
            return armed?.Fault;
        }
    }

    public void Record(RecordedRequest request)
    {
        lock (gate)
        {
            requests.Add(request);
        }
    }
}
