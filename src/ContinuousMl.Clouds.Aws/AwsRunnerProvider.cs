using System.Globalization;
using System.Text;
using Amazon.EC2;
using Amazon.EC2.Model;
using Amazon.Runtime;
using ContinuousMl.Runners.Cloud;
using Microsoft.Extensions.Logging;

namespace ContinuousMl.Clouds.Aws;

/// <summary>
/// Starts a runner as one EC2 instance with RunInstances. The instance is created with
/// <c>InstanceInitiatedShutdownBehavior=terminate</c>, so the runner's own <c>shutdown -h</c> (idle, single job,
/// or <c>--max-lifetime</c>) removes it and its disk instead of leaving a stopped, billed volume.
/// </summary>
public sealed class AwsRunnerProvider : ICloudRunnerProvider
{
    public const string CloudName = "aws";

    /// <summary>The tag every instance carries with the runner's name; terminate uses it to find the key pair.</summary>
    public const string RunnerTag = "cml-runner";

    // EC2 rejects user data over 16 KB before base64 encoding.
    private const int MaxUserDataBytes = 16 * 1024;

    private readonly AwsEc2ClientFactory clients;
    private readonly ILogger logger;

    public AwsRunnerProvider(AwsEc2ClientFactory clients, ILogger<AwsRunnerProvider> logger)
    {
        this.clients = clients;
        this.logger = logger;
    }

    public string Cloud => CloudName;

    /// <summary>The key pair imported for a runner's <c>--cloud-ssh-private</c>; derived from the name so terminate finds it.</summary>
    public static string KeyPairName(string runnerName) => $"cml-{runnerName}";

    public async Task<CloudInstance> LaunchAsync(CloudRunnerRequest request, CancellationToken cancellationToken)
    {
        var placement = AwsRegionMap.Resolve(request.Region);
        var instanceType = AwsInstanceTypeMap.Resolve(request.Type, request.Gpu);
        var userData = Encoding.UTF8.GetBytes(request.StartupScript);
        if (userData.Length > MaxUserDataBytes)
        {
            throw new CloudRunnerException(
                $"the startup script is {userData.Length} bytes, over EC2's 16 KB user data limit: shorten --cloud-startup-script");
        }

        if (request.Spot && request.SpotPrice != -1 && request.SpotPrice <= 0)
        {
            throw new CloudRunnerException("--cloud-spot-price must be a positive hourly price, or -1 for up to the on-demand price");
        }

        var action = $"launching {instanceType} in {placement.AvailabilityZone ?? placement.Region}";
        using var ec2 = clients.Create(placement.Region);
        var image = await ResolveImageAsync(ec2, request.Image, placement.Region, cancellationToken).ConfigureAwait(false);

        string? keyName = null;
        if (!string.IsNullOrWhiteSpace(request.SshPrivateKey))
        {
            keyName = KeyPairName(request.Name);
            await ImportKeyPairAsync(ec2, keyName, SshPublicKey.For(request.SshPrivateKey), request, cancellationToken).ConfigureAwait(false);
        }

        // The same token on every SDK retry makes RunInstances idempotent: a retried call never starts a second instance.
        var clientToken = $"cml-{Guid.NewGuid():N}";
        var run = BuildRunInstancesRequest(request, placement, instanceType, image, keyName, userData, clientToken);
        try
        {
            var response = await ec2.RunInstancesAsync(run, cancellationToken).ConfigureAwait(false);
            var instance = response.Reservation?.Instances?.FirstOrDefault()
                ?? throw new CloudRunnerException($"AWS answered RunInstances without an instance while {action}");
            logger.LogInformation("Launched EC2 instance {InstanceId} ({InstanceType}) in {Region}", instance.InstanceId, instanceType, placement.Region);
            return new CloudInstance(CloudName, instance.InstanceId, placement.Region);
        }
        catch (AmazonServiceException exception)
        {
            await DeleteKeyPairQuietlyAsync(ec2, keyName).ConfigureAwait(false);
            throw AwsErrors.Translate(exception, action);
        }
        catch (Exception exception) when (exception is not CloudRunnerException)
        {
            // A timeout, dropped connection or cancellation leaves the outcome unknown: an instance may be running
            // and billing. Find it by the client token and remove it before giving up.
            logger.LogWarning("RunInstances did not answer ({Error}); removing any instance it may have started", exception.GetType().Name);
            await TerminateByClientTokenQuietlyAsync(ec2, clientToken).ConfigureAwait(false);
            await DeleteKeyPairQuietlyAsync(ec2, keyName).ConfigureAwait(false);
            if (exception is OperationCanceledException && cancellationToken.IsCancellationRequested)
            {
                throw;
            }

            throw new CloudRunnerException(
                $"EC2 did not answer while {action} ({exception.GetType().Name}); any instance it started was terminated: check the network to EC2 and retry", exception);
        }
    }

    public async Task TerminateAsync(CloudInstance instance, CancellationToken cancellationToken)
    {
        if (!string.Equals(instance.Cloud, CloudName, StringComparison.Ordinal))
        {
            throw new ArgumentException($"instance {instance.Id} belongs to {instance.Cloud}, not {CloudName}", nameof(instance));
        }

        var action = $"terminating {instance.Id} in {instance.Region}";
        using var ec2 = clients.Create(instance.Region);
        Instance? described;
        try
        {
            var response = await ec2.DescribeInstancesAsync(new DescribeInstancesRequest { InstanceIds = [instance.Id] }, cancellationToken).ConfigureAwait(false);
            described = response.Reservations?.SelectMany(r => r.Instances ?? []).FirstOrDefault();
        }
        catch (AmazonServiceException exception) when (AwsErrors.IsNotFound(exception))
        {
            logger.LogInformation("EC2 instance {InstanceId} is already gone", instance.Id);
            return;
        }
        catch (AmazonServiceException exception)
        {
            throw AwsErrors.Translate(exception, action);
        }

        if (described is null)
        {
            return;
        }

        if (described.State?.Name != InstanceStateName.Terminated)
        {
            try
            {
                await ec2.TerminateInstancesAsync(new TerminateInstancesRequest { InstanceIds = [instance.Id] }, cancellationToken).ConfigureAwait(false);
                logger.LogInformation("Terminated EC2 instance {InstanceId}", instance.Id);
            }
            catch (AmazonServiceException exception) when (AwsErrors.IsNotFound(exception))
            {
                // Gone between the two calls: what terminate wanted.
            }
            catch (AmazonServiceException exception)
            {
                throw AwsErrors.Translate(exception, action);
            }
        }

        var runnerName = described.Tags?.FirstOrDefault(tag => tag.Key == RunnerTag)?.Value;
        if (runnerName is not null && described.KeyName == KeyPairName(runnerName))
        {
            await DeleteKeyPairQuietlyAsync(ec2, described.KeyName).ConfigureAwait(false);
        }
    }

    internal static RunInstancesRequest BuildRunInstancesRequest(
        CloudRunnerRequest request, AwsPlacement placement, string instanceType, Image image, string? keyName, byte[] userData, string clientToken)
    {
        var tags = new List<Tag> { new("Name", request.Name), new(RunnerTag, request.Name) };
        foreach (var (key, value) in request.Metadata)
        {
            tags.RemoveAll(tag => tag.Key == key);
            tags.Add(new Tag(key, value ?? ""));
        }

        var run = new RunInstancesRequest
        {
            ImageId = image.ImageId,
            InstanceType = InstanceType.FindValue(instanceType),
            MinCount = 1,
            MaxCount = 1,
            ClientToken = clientToken,
            UserData = Convert.ToBase64String(userData),
            InstanceInitiatedShutdownBehavior = ShutdownBehavior.Terminate,
            BlockDeviceMappings =
            [
                new BlockDeviceMapping
                {
                    DeviceName = image.RootDeviceName ?? "/dev/sda1",
                    Ebs = new EbsBlockDevice { VolumeSize = request.HddSizeGb, VolumeType = VolumeType.Gp3, DeleteOnTermination = true },
                },
            ],
            // IMDSv2 only: the runner reads its own id and spot notices with a session token.
            MetadataOptions = new InstanceMetadataOptionsRequest { HttpEndpoint = InstanceMetadataEndpointState.Enabled, HttpTokens = HttpTokensState.Required },
            TagSpecifications =
            [
                new TagSpecification { ResourceType = ResourceType.Instance, Tags = tags },
                new TagSpecification { ResourceType = ResourceType.Volume, Tags = [.. tags] },
            ],
        };

        if (placement.AvailabilityZone is { } zone)
        {
            run.Placement = new Placement { AvailabilityZone = zone };
        }

        if (keyName is not null)
        {
            run.KeyName = keyName;
        }

        if (!string.IsNullOrWhiteSpace(request.AwsSecurityGroup))
        {
            var group = request.AwsSecurityGroup.Trim();
            if (group.StartsWith("sg-", StringComparison.Ordinal))
            {
                run.SecurityGroupIds = [group];
            }
            else
            {
                run.SecurityGroups = [group];
            }
        }

        if (!string.IsNullOrWhiteSpace(request.AwsSubnet))
        {
            run.SubnetId = request.AwsSubnet.Trim();
        }

        if (!string.IsNullOrWhiteSpace(request.PermissionSet))
        {
            var profile = request.PermissionSet.Trim();
            run.IamInstanceProfile = profile.StartsWith("arn:", StringComparison.Ordinal)
                ? new IamInstanceProfileSpecification { Arn = profile }
                : new IamInstanceProfileSpecification { Name = profile };
        }

        if (request.Spot)
        {
            var spot = new SpotMarketOptions
            {
                SpotInstanceType = SpotInstanceType.OneTime,
                InstanceInterruptionBehavior = InstanceInterruptionBehavior.Terminate,
            };
            if (request.SpotPrice > 0)
            {
                spot.MaxPrice = request.SpotPrice.ToString(CultureInfo.InvariantCulture);
            }

            run.InstanceMarketOptions = new InstanceMarketOptionsRequest { MarketType = MarketType.Spot, SpotOptions = spot };
        }

        return run;
    }

    private static async Task<Image> ResolveImageAsync(IAmazonEC2 ec2, string? requested, string region, CancellationToken cancellationToken)
    {
        var reference = AwsImageReference.Parse(requested);
        var describe = new DescribeImagesRequest();
        if (reference.ImageId is { } id)
        {
            describe.ImageIds = [id];
        }
        else
        {
            describe.Filters = [new Filter("name", [reference.NamePattern!]), new Filter("state", ["available"])];
            if (!string.IsNullOrEmpty(reference.Architecture))
            {
                describe.Filters.Add(new Filter("architecture", [reference.Architecture]));
            }

            if (reference.Owner is { } owner)
            {
                describe.Owners = [owner];
            }
        }

        var shown = requested ?? "the default Ubuntu image";
        DescribeImagesResponse response;
        try
        {
            response = await ec2.DescribeImagesAsync(describe, cancellationToken).ConfigureAwait(false);
        }
        catch (AmazonServiceException exception)
        {
            throw AwsErrors.Translate(exception, $"looking up {shown} in {region}");
        }
        catch (Exception exception) when (exception is AmazonClientException or HttpRequestException or IOException)
        {
            throw new CloudRunnerException($"cannot reach EC2 in {region} ({exception.GetType().Name}): check --cloud-region and the network", exception);
        }

        // Newest first: ISO 8601 creation dates sort as strings.
        return response.Images?.OrderByDescending(image => image.CreationDate, StringComparer.Ordinal).FirstOrDefault()
            ?? throw new CloudRunnerException($"no AWS image matches {shown} in {region}: check --cloud-image (AMIs are per region)");
    }

    private async Task ImportKeyPairAsync(IAmazonEC2 ec2, string keyName, string publicKey, CloudRunnerRequest request, CancellationToken cancellationToken)
    {
        var import = new ImportKeyPairRequest
        {
            KeyName = keyName,
            PublicKeyMaterial = Convert.ToBase64String(Encoding.ASCII.GetBytes(publicKey)),
            TagSpecifications = [new TagSpecification { ResourceType = ResourceType.KeyPair, Tags = [new Tag(RunnerTag, request.Name)] }],
        };
        try
        {
            await ec2.ImportKeyPairAsync(import, cancellationToken).ConfigureAwait(false);
        }
        catch (AmazonServiceException exception) when (exception.ErrorCode == "InvalidKeyPair.Duplicate")
        {
            // Left behind by an earlier runner of the same name: it is ours, so replace it.
            logger.LogInformation("Replacing the existing key pair {KeyName}", keyName);
            await ec2.DeleteKeyPairAsync(new DeleteKeyPairRequest { KeyName = keyName }, cancellationToken).ConfigureAwait(false);
            await ec2.ImportKeyPairAsync(import, cancellationToken).ConfigureAwait(false);
        }
        catch (AmazonServiceException exception)
        {
            throw AwsErrors.Translate(exception, $"importing the SSH key as {keyName}");
        }
    }

    private async Task DeleteKeyPairQuietlyAsync(IAmazonEC2 ec2, string? keyName)
    {
        if (keyName is null)
        {
            return;
        }

        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            await ec2.DeleteKeyPairAsync(new DeleteKeyPairRequest { KeyName = keyName }, timeout.Token).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is AmazonServiceException or AmazonClientException or HttpRequestException or OperationCanceledException)
        {
            logger.LogWarning("Could not delete the key pair {KeyName} ({Error}); delete it in the EC2 console", keyName, exception.GetType().Name);
        }
    }

    private async Task TerminateByClientTokenQuietlyAsync(IAmazonEC2 ec2, string clientToken)
    {
        try
        {
            // The caller's token may be cancelled already: clean-up gets its own bounded time.
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            var found = await ec2.DescribeInstancesAsync(
                new DescribeInstancesRequest { Filters = [new Filter("client-token", [clientToken])] }, timeout.Token).ConfigureAwait(false);
            var ids = found.Reservations?.SelectMany(r => r.Instances ?? []).Select(i => i.InstanceId).ToList() ?? [];
            if (ids.Count > 0)
            {
                await ec2.TerminateInstancesAsync(new TerminateInstancesRequest { InstanceIds = ids }, timeout.Token).ConfigureAwait(false);
                logger.LogWarning("Terminated {InstanceIds}, started by the unanswered RunInstances", string.Join(", ", ids));
            }
        }
        catch (Exception exception) when (exception is AmazonServiceException or AmazonClientException or HttpRequestException or OperationCanceledException)
        {
            logger.LogError(
                "Could not check for an instance started by the unanswered RunInstances ({Error}); look for instances with client token {ClientToken} in the EC2 console",
                exception.GetType().Name, clientToken);
        }
    }
}
