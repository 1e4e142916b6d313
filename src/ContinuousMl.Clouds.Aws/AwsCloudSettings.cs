using ContinuousMl.Ci;

namespace ContinuousMl.Clouds.Aws;

/// <summary>
/// How to reach EC2: the credentials CML/TPI read (<c>AWS_ACCESS_KEY_ID</c>, <c>AWS_SECRET_ACCESS_KEY</c>,
/// <c>AWS_SESSION_TOKEN</c>) and the SDK's standard endpoint override (<c>AWS_ENDPOINT_URL_EC2</c>, then
/// <c>AWS_ENDPOINT_URL</c>), which tests point at a fake on 127.0.0.1.
/// </summary>
public sealed record AwsCloudSettings
{
    public string? AccessKeyId { get; init; }

    public string? SecretAccessKey { get; init; }

    public string? SessionToken { get; init; }

    /// <summary>Replaces <c>https://ec2.{region}.amazonaws.com</c>; the region still signs requests.</summary>
    public Uri? EndpointUrl { get; init; }

    /// <summary>Retries of throttled and 5xx calls inside the SDK; RunInstances is made idempotent with a client token.</summary>
    public int MaxErrorRetry { get; init; } = 3;

    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(60);

    public static AwsCloudSettings FromEnvironment(IEnvironmentVariables environment)
    {
        var endpoint = NonEmpty(environment.Get("AWS_ENDPOINT_URL_EC2")) ?? NonEmpty(environment.Get("AWS_ENDPOINT_URL"));
        return new AwsCloudSettings
        {
            AccessKeyId = NonEmpty(environment.Get("AWS_ACCESS_KEY_ID")),
            SecretAccessKey = NonEmpty(environment.Get("AWS_SECRET_ACCESS_KEY")),
            SessionToken = NonEmpty(environment.Get("AWS_SESSION_TOKEN")),
            EndpointUrl = endpoint is null ? null : new Uri(endpoint),
        };
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
