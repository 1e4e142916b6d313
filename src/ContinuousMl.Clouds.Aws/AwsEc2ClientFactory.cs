using Amazon;
using Amazon.EC2;
using Amazon.Runtime;
using ContinuousMl.Runners.Cloud;

namespace ContinuousMl.Clouds.Aws;

/// <summary>
/// Builds one EC2 client per region from explicit settings. The SDK's default credential chain is never used:
/// it would probe the instance metadata service from a CI machine and hide a missing secret behind a timeout.
/// </summary>
public sealed class AwsEc2ClientFactory
{
    private readonly AwsCloudSettings settings;

    public AwsEc2ClientFactory(AwsCloudSettings settings)
    {
        this.settings = settings;
    }

    public IAmazonEC2 Create(string region)
    {
        if (settings.AccessKeyId is null || settings.SecretAccessKey is null)
        {
            throw new CloudRunnerException(
                "AWS credentials are missing: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY (and AWS_SESSION_TOKEN for temporary credentials)");
        }

        AWSCredentials credentials = settings.SessionToken is null
            ? new BasicAWSCredentials(settings.AccessKeyId, settings.SecretAccessKey)
            : new SessionAWSCredentials(settings.AccessKeyId, settings.SecretAccessKey, settings.SessionToken);

        var config = new AmazonEC2Config
        {
            MaxErrorRetry = settings.MaxErrorRetry,
            Timeout = settings.Timeout,
        };
        if (settings.EndpointUrl is { } endpoint)
        {
            config.ServiceURL = endpoint.ToString();
            config.AuthenticationRegion = region;
        }
        else
        {
            if (!IsKnownRegion(region))
            {
                throw new CloudRunnerException(
                    $"unknown AWS region '{region}': use --cloud-region us-east, us-west, eu-north, eu-west or an AWS region such as us-east-2");
            }

            config.RegionEndpoint = RegionEndpoint.GetBySystemName(region);
        }

        return new AmazonEC2Client(credentials, config);
    }

    private static bool IsKnownRegion(string region)
    {
        foreach (var known in RegionEndpoint.EnumerableAllRegions)
        {
            if (string.Equals(known.SystemName, region, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
