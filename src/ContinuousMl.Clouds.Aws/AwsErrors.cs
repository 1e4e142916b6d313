using Amazon.Runtime;
using ContinuousMl.Runners.Cloud;

namespace ContinuousMl.Clouds.Aws;

/// <summary>
/// Turns EC2's error codes into one-line messages that say what to change. AWS messages never carry the secret
/// key, and the access key id is not repeated here either.
/// </summary>
public static class AwsErrors
{
    public static bool IsNotFound(AmazonServiceException exception) =>
        exception.ErrorCode is "InvalidInstanceID.NotFound" or "InvalidInstanceID.Malformed" or "InvalidKeyPair.NotFound";

    /// <summary>What went wrong while <paramref name="action"/> (e.g. "launching m5.2xlarge in us-west-1").</summary>
    public static CloudRunnerException Translate(AmazonServiceException exception, string action)
    {
        var code = exception.ErrorCode ?? "";
        var detail = OneLine(exception.Message);
        var message = code switch
        {
            "AuthFailure" or "InvalidClientTokenId" or "SignatureDoesNotMatch" or "UnrecognizedClientException" or "IncompleteSignature"
                or "ExpiredToken" or "RequestExpired" =>
                $"AWS rejected the credentials while {action} ({code}): check AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY and AWS_SESSION_TOKEN",
            "OptInRequired" =>
                $"the AWS account is not subscribed to this while {action} ({code}): enable the region, or accept the image's terms in AWS Marketplace",
            "UnauthorizedOperation" or "AccessDenied" or "AccessDeniedException" =>
                $"the AWS credentials may not do this while {action} ({code}): grant ec2:RunInstances, ec2:TerminateInstances, ec2:DescribeInstances, ec2:DescribeImages, ec2:CreateTags, ec2:ImportKeyPair, ec2:DeleteKeyPair (and iam:PassRole for --cloud-permission-set)",
            "InvalidAMIID.NotFound" or "InvalidAMIID.Malformed" or "InvalidAMIID.Unavailable" =>
                $"AWS does not know the image while {action} ({code}): check --cloud-image; AMIs are per region, so also --cloud-region",
            "InsufficientInstanceCapacity" or "InsufficientHostCapacity" or "InsufficientCapacity" or "Unsupported" =>
                $"AWS has no capacity for this while {action} ({code}): try another --cloud-region (or zone), another --cloud-type, or later",
            "SpotMaxPriceTooLow" =>
                $"the spot price is too low while {action} ({code}): raise --cloud-spot-price or use -1 for up to the on-demand price",
            "MaxSpotInstanceCountExceeded" or "InstanceLimitExceeded" or "VcpuLimitExceeded" =>
                $"the AWS account's quota is used up while {action} ({code}): terminate unused instances or ask AWS for a higher limit",
            "InvalidParameterValue" when detail.Contains("instance type", StringComparison.OrdinalIgnoreCase) =>
                $"AWS refused the instance type while {action} ({code}): check --cloud-type and --cloud-gpu: {detail}",
            "InvalidGroup.NotFound" or "InvalidGroupId.Malformed" or "InvalidGroupId.NotFound" =>
                $"AWS does not know the security group while {action} ({code}): check --cloud-aws-security-group (it must be in the subnet's VPC)",
            "InvalidSubnetID.NotFound" or "InvalidSubnetId.Malformed" or "InvalidSubnet" =>
                $"AWS does not know the subnet while {action} ({code}): check --cloud-aws-subnet and --cloud-region",
            "InvalidParameterValue" when detail.Contains("iamInstanceProfile", StringComparison.OrdinalIgnoreCase) =>
                $"AWS refused the instance profile while {action} ({code}): check --cloud-permission-set",
            "InvalidKeyPair.Format" =>
                $"AWS refused the SSH key while {action} ({code}): --cloud-ssh-private must be a PEM RSA private key",
            _ => $"AWS failed while {action} ({(code.Length == 0 ? "HTTP " + (int)exception.StatusCode : code)}): {detail}",
        };
        return new CloudRunnerException(message, exception);
    }

    private static string OneLine(string? text) =>
        string.Join(' ', (text ?? "").Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
