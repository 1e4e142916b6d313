using System.Runtime.InteropServices;

namespace ContinuousMl.Runners.Local;

/// <summary>
/// Sends SIGINT to a child, the signal the runners treat as "finish up and exit" (.NET can only kill). A plain
/// blittable P/Invoke, so it needs no marshalling code and works in a native build.
/// </summary>
internal static class PosixSignals
{
    private const int SigInt = 2;

    /// <summary>True when the signal was sent; false on Windows or when the process is gone.</summary>
    public static bool Interrupt(int processId) =>
        (OperatingSystem.IsLinux() || OperatingSystem.IsMacOS() || OperatingSystem.IsFreeBSD()) && Kill(processId, SigInt) == 0;

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);
}
