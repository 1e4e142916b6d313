namespace FakeForge.Faults;

/// <summary>Where <see cref="FaultMiddleware"/> takes its armed faults from, so every fake forge shares it.</summary>
internal interface IFaultSource
{
    /// <summary>The first armed fault matching the request, consumed once; null when none applies.</summary>
    Fault? TakeFault(string method, string path);
}
