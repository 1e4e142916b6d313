using System.Reflection;

namespace ContinuousMl.Cli;

/// <summary>The version <c>--version</c> prints and the User-Agent carries.</summary>
public static class CmlVersion
{
    public static string Current { get; } =
        typeof(CmlVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";
}
