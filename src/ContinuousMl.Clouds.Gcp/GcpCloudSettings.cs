using ContinuousMl.Ci;

namespace ContinuousMl.Clouds.Gcp;

/// <summary>
/// How to reach Compute Engine: a ready token (<c>CML_GCP_ACCESS_TOKEN</c>) or a service account key
/// (<c>GOOGLE_APPLICATION_CREDENTIALS_DATA</c> content, else the file <c>GOOGLE_APPLICATION_CREDENTIALS</c>), the
/// project (<c>GOOGLE_CLOUD_PROJECT</c>/<c>CLOUDSDK_CORE_PROJECT</c>, else the key's), and the API root
/// (<c>CML_GCP_COMPUTE_URL</c> for tests).
/// </summary>
public sealed record GcpCloudSettings
{
    public static readonly Uri DefaultComputeUrl = new("https://compute.googleapis.com/compute/v1/");

    public string? AccessToken { get; init; }

    public string? ServiceAccountJson { get; init; }

    public string? Project { get; init; }

    public Uri ComputeUrl { get; init; } = DefaultComputeUrl;

    /// <summary>Replaces the key's <c>token_uri</c>.</summary>
    public Uri? TokenUrl { get; init; }

    /// <summary>The image when <c>--cloud-image</c> is not given.</summary>
    public string DefaultImage { get; init; } = "projects/ubuntu-os-cloud/global/images/family/ubuntu-2204-lts";

    /// <summary>How often the insert operation is asked about while waiting for the instance to be accepted.</summary>
    public TimeSpan OperationPollInterval { get; init; } = TimeSpan.FromSeconds(2);

    public TimeSpan OperationWait { get; init; } = TimeSpan.FromMinutes(3);

    public static GcpCloudSettings FromEnvironment(IEnvironmentVariables environment)
    {
        var json = NonEmpty(environment.Get("GOOGLE_APPLICATION_CREDENTIALS_DATA"));
        if (json is null && NonEmpty(environment.Get("GOOGLE_APPLICATION_CREDENTIALS")) is { } path && File.Exists(path))
        {
            json = File.ReadAllText(path);
        }

        var compute = NonEmpty(environment.Get("CML_GCP_COMPUTE_URL"));
        return new GcpCloudSettings
        {
            AccessToken = NonEmpty(environment.Get("CML_GCP_ACCESS_TOKEN")),
            ServiceAccountJson = json,
            Project = NonEmpty(environment.Get("GOOGLE_CLOUD_PROJECT")) ?? NonEmpty(environment.Get("CLOUDSDK_CORE_PROJECT")),
            ComputeUrl = compute is null ? DefaultComputeUrl : new Uri(compute.TrimEnd('/') + "/"),
        };
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
