using System.Runtime.CompilerServices;

namespace ContinuousMl.Tests.Clouds;

/// <summary>
/// Runs before any test: the AWS SDK would otherwise ask 169.254.169.254 for credentials or a region when a test
/// forgot to give them. Tests give explicit credentials and loopback endpoints; this makes a slip fail fast instead.
/// </summary>
internal static class NoCloudMetadataProbes
{
    [ModuleInitializer]
    internal static void Disable()
    {
        Environment.SetEnvironmentVariable("AWS_EC2_METADATA_DISABLED", "true");
    }
}
