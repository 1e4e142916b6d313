using System.Security.Cryptography;
using System.Text;
using ContinuousMl.Ci;
using ContinuousMl.Clouds.Aws;
using ContinuousMl.Runners.Cloud;
using FakeClouds.Ec2;
using Microsoft.Extensions.Logging.Abstractions;

namespace ContinuousMl.Tests.Clouds.Aws;

/// <summary>The real AWS SDK client against the fake EC2 on 127.0.0.1, asserting the exact Query API calls.</summary>
public sealed class AwsRunnerProviderTests : IAsyncLifetime
{
    private const string Script = "#!/bin/bash\nset -euo pipefail\necho 'starting cml runner' \u00e9\n";
    private FakeEc2 ec2 = null!;

    public async Task InitializeAsync() => ec2 = await FakeEc2.StartAsync();

    public async Task DisposeAsync() => await ec2.DisposeAsync();

    [Fact]
    public async Task A_default_launch_runs_one_instance_with_the_script_as_user_data_and_terminates_on_shutdown()
    {
        var instance = await Provider().LaunchAsync(Request(), CancellationToken.None);

        Assert.Equal("aws", instance.Cloud);
        Assert.Equal("us-west-1", instance.Region);
        var run = Assert.Single(ec2.State.RequestsFor("RunInstances"));
        Assert.Equal(Script, Encoding.UTF8.GetString(Convert.FromBase64String(run.Parameter("UserData")!)));
        Assert.Equal("m5.2xlarge", run.Parameter("InstanceType"));
        Assert.Equal("1", run.Parameter("MinCount"));
        Assert.Equal("1", run.Parameter("MaxCount"));
        Assert.Equal("terminate", run.Parameter("InstanceInitiatedShutdownBehavior"));
        // The newest of Canonical's jammy x86_64 images, not another owner's newer one nor the arm64 build.
        Assert.Equal("ami-0bbbbbbbbbbbbbbb2", run.Parameter("ImageId"));
        Assert.Equal("/dev/sda1", run.Parameter("BlockDeviceMapping.1.DeviceName"));
        Assert.Equal("35", run.Parameter("BlockDeviceMapping.1.Ebs.VolumeSize"));
        Assert.Equal("gp3", run.Parameter("BlockDeviceMapping.1.Ebs.VolumeType"));
        Assert.Equal("true", run.Parameter("BlockDeviceMapping.1.Ebs.DeleteOnTermination"));
        Assert.Equal("required", run.Parameter("MetadataOptions.HttpTokens"));
        Assert.Null(run.Parameter("InstanceMarketOptions.MarketType"));
        Assert.Null(run.Parameter("KeyName"));
        Assert.Null(run.Parameter("SubnetId"));
        Assert.StartsWith("cml-", run.Parameter("ClientToken"), StringComparison.Ordinal);
        Assert.Contains("/us-west-1/ec2/", run.Headers["Authorization"], StringComparison.Ordinal);

        var images = Assert.Single(ec2.State.RequestsFor("DescribeImages"));
        Assert.Equal("099720109477", images.Parameter("Owner.1"));

        var launched = Assert.Single(ec2.State.Instances);
        Assert.Equal(instance.Id, launched.InstanceId);
        Assert.Contains(new Ec2Tag("Name", "cml-gpu-1"), launched.Tags);
        Assert.Contains(new Ec2Tag("cml-runner", "cml-gpu-1"), launched.Tags);
    }

    [Fact]
    public async Task Every_cloud_flag_reaches_the_run_instances_call()
    {
        var request = Request() with
        {
            Region = "eu-west-1c",
            Type = "m",
            Gpu = "v100",
            HddSizeGb = 120,
            Image = "ami-0ddddddddddddddd4",
            Spot = true,
            SpotPrice = 0.75m,
            PermissionSet = "arn:aws:iam::123456789012:instance-profile/cml",
            AwsSecurityGroup = "sg-0123456789abcdef0",
            AwsSubnet = "subnet-0abc",
            Metadata = new Dictionary<string, string?> { ["team"] = "vision", ["ephemeral"] = null },
        };

        var instance = await Provider().LaunchAsync(request, CancellationToken.None);

        Assert.Equal("eu-west-1", instance.Region);
        var run = Assert.Single(ec2.State.RequestsFor("RunInstances"));
        Assert.Equal("p3.xlarge", run.Parameter("InstanceType"));
        Assert.Equal("eu-west-1c", run.Parameter("Placement.AvailabilityZone"));
        Assert.Equal("ami-0ddddddddddddddd4", run.Parameter("ImageId"));
        Assert.Equal("120", run.Parameter("BlockDeviceMapping.1.Ebs.VolumeSize"));
        Assert.Equal("spot", run.Parameter("InstanceMarketOptions.MarketType"));
        Assert.Equal("0.75", run.Parameter("InstanceMarketOptions.SpotOptions.MaxPrice"));
        Assert.Equal("terminate", run.Parameter("InstanceMarketOptions.SpotOptions.InstanceInterruptionBehavior"));
        Assert.Equal("arn:aws:iam::123456789012:instance-profile/cml", run.Parameter("IamInstanceProfile.Arn"));
        Assert.Equal("sg-0123456789abcdef0", run.Parameter("SecurityGroupId.1"));
        Assert.Equal("subnet-0abc", run.Parameter("SubnetId"));
        Assert.Contains("/eu-west-1/ec2/", run.Headers["Authorization"], StringComparison.Ordinal);

        var tags = Assert.Single(ec2.State.Instances).Tags;
        Assert.Contains(new Ec2Tag("team", "vision"), tags);
        Assert.Contains(new Ec2Tag("ephemeral", ""), tags);
        Assert.Contains(new Ec2Tag("cml-runner", "cml-gpu-1"), tags);
        Assert.Equal("ami-0ddddddddddddddd4", Assert.Single(ec2.State.RequestsFor("DescribeImages")).Parameter("ImageId.1"));
    }

    [Fact]
    public async Task A_spot_price_of_minus_one_asks_for_spot_without_a_maximum()
    {
        await Provider().LaunchAsync(Request() with { Spot = true, SpotPrice = -1 }, CancellationToken.None);

        var run = Assert.Single(ec2.State.RequestsFor("RunInstances"));
        Assert.Equal("spot", run.Parameter("InstanceMarketOptions.MarketType"));
        Assert.Null(run.Parameter("InstanceMarketOptions.SpotOptions.MaxPrice"));
    }

    [Fact]
    public async Task A_security_group_name_and_an_instance_profile_name_go_in_their_name_fields()
    {
        await Provider().LaunchAsync(Request() with { AwsSecurityGroup = "cml-runners", PermissionSet = "cml-profile" }, CancellationToken.None);

        var run = Assert.Single(ec2.State.RequestsFor("RunInstances"));
        Assert.Equal("cml-runners", run.Parameter("SecurityGroup.1"));
        Assert.Null(run.Parameter("SecurityGroupId.1"));
        Assert.Equal("cml-profile", run.Parameter("IamInstanceProfile.Name"));
    }

    [Fact]
    public async Task An_ssh_key_is_imported_as_its_public_half_and_deleted_with_the_instance()
    {
        using var rsa = RSA.Create(2048);
        var provider = Provider();

        var instance = await provider.LaunchAsync(Request() with { SshPrivateKey = rsa.ExportRSAPrivateKeyPem() }, CancellationToken.None);

        var import = Assert.Single(ec2.State.RequestsFor("ImportKeyPair"));
        Assert.Equal("cml-cml-gpu-1", import.Parameter("KeyName"));
        var publicKey = Encoding.ASCII.GetString(Convert.FromBase64String(import.Parameter("PublicKeyMaterial")!));
        Assert.Equal(ExpectedOpenSshKey(rsa), publicKey);
        Assert.DoesNotContain("PRIVATE", import.Body, StringComparison.Ordinal);
        Assert.Equal("cml-cml-gpu-1", Assert.Single(ec2.State.RequestsFor("RunInstances")).Parameter("KeyName"));

        await provider.TerminateAsync(instance, CancellationToken.None);

        Assert.Equal("cml-cml-gpu-1", Assert.Single(ec2.State.RequestsFor("DeleteKeyPair")).Parameter("KeyName"));
        Assert.Empty(ec2.State.KeyPairNames);
        Assert.Equal("terminated", Assert.Single(ec2.State.Instances).State);
    }

    [Fact]
    public async Task A_key_pair_left_by_an_earlier_runner_of_the_same_name_is_replaced()
    {
        ec2.State.AddKeyPair("cml-cml-gpu-1", "old");
        using var rsa = RSA.Create(2048);

        await Provider().LaunchAsync(Request() with { SshPrivateKey = rsa.ExportRSAPrivateKeyPem() }, CancellationToken.None);

        Assert.Equal(2, ec2.State.RequestsFor("ImportKeyPair").Count);
        Assert.NotEqual("old", ec2.State.KeyPairMaterial("cml-cml-gpu-1"));
    }

    [Fact]
    public async Task A_refused_launch_deletes_the_key_pair_it_imported()
    {
        ec2.State.Arm("RunInstances", new Ec2Fault("InsufficientInstanceCapacity", "We currently do not have sufficient p3.xlarge capacity.", 500), times: 5);
        using var rsa = RSA.Create(2048);

        var error = await Assert.ThrowsAsync<CloudRunnerException>(() =>
            Provider().LaunchAsync(Request() with { Gpu = "v100", SshPrivateKey = rsa.ExportRSAPrivateKeyPem() }, CancellationToken.None));

        Assert.Equal(
            "AWS has no capacity for this while launching p3.xlarge in us-west-1 (InsufficientInstanceCapacity): try another --cloud-region (or zone), another --cloud-type, or later",
            error.Message);
        Assert.Equal("cml-cml-gpu-1", Assert.Single(ec2.State.RequestsFor("DeleteKeyPair")).Parameter("KeyName"));
        Assert.Empty(ec2.State.KeyPairNames);
        Assert.Empty(ec2.State.Instances);
    }

    [Fact]
    public async Task A_launch_abandoned_while_run_instances_is_unanswered_terminates_the_instance_it_started()
    {
        ec2.State.Arm("RunInstances", Ec2Fault.Hold(TimeSpan.FromSeconds(30)));
        using var abandon = new CancellationTokenSource();

        var launch = Provider().LaunchAsync(Request(), abandon.Token);
        await WaitUntilAsync(() => ec2.State.Instances.Count == 1);
        await abandon.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => launch);
        var launched = Assert.Single(ec2.State.Instances);
        Assert.Equal("terminated", launched.State);
        var search = Assert.Single(ec2.State.RequestsFor("DescribeInstances"));
        Assert.Equal("client-token", search.Parameter("Filter.1.Name"));
        Assert.Equal(Assert.Single(ec2.State.RequestsFor("RunInstances")).Parameter("ClientToken"), search.Parameter("Filter.1.Value.1"));
        Assert.Equal(launched.InstanceId, Assert.Single(ec2.State.RequestsFor("TerminateInstances")).Parameter("InstanceId.1"));
    }

    [Fact]
    public async Task A_run_instances_that_times_out_is_cleaned_up_and_reported_on_one_line()
    {
        // Every attempt is held: the SDK may retry a timed-out call on its own (same client token) even with
        // MaxErrorRetry 0, and a retry that gets an answer would hide the path under test.
        ec2.State.Arm("RunInstances", Ec2Fault.Hold(TimeSpan.FromSeconds(30)), times: 5);
        var provider = new AwsRunnerProvider(
            new AwsEc2ClientFactory(new AwsCloudSettings
            {
                AccessKeyId = AccessKey,
                SecretAccessKey = SecretKey,
                EndpointUrl = ec2.BaseUrl,
                MaxErrorRetry = 0,
                Timeout = TimeSpan.FromSeconds(1),
            }),
            NullLogger<AwsRunnerProvider>.Instance);

        var error = await Assert.ThrowsAsync<CloudRunnerException>(() => provider.LaunchAsync(Request(), CancellationToken.None));

        Assert.StartsWith("EC2 did not answer while launching m5.2xlarge in us-west-1", error.Message, StringComparison.Ordinal);
        Assert.Equal("terminated", Assert.Single(ec2.State.Instances).State);
    }

    [Fact]
    public async Task An_unreachable_endpoint_is_reported_before_anything_is_created()
    {
        var closed = ec2.BaseUrl;
        await ec2.DisposeAsync();
        var provider = new AwsRunnerProvider(
            new AwsEc2ClientFactory(new AwsCloudSettings { AccessKeyId = AccessKey, SecretAccessKey = SecretKey, EndpointUrl = closed, MaxErrorRetry = 0 }),
            NullLogger<AwsRunnerProvider>.Instance);

        var error = await Assert.ThrowsAsync<CloudRunnerException>(() => provider.LaunchAsync(Request(), CancellationToken.None));

        Assert.StartsWith("cannot reach EC2 in us-west-1", error.Message, StringComparison.Ordinal);
        ec2 = await FakeEc2.StartAsync();
    }

    [Fact]
    public async Task Retries_of_run_instances_reuse_the_client_token_so_only_one_instance_starts()
    {
        ec2.State.Arm("RunInstances", new Ec2Fault("InternalError", "An internal error has occurred", 500));

        var instance = await Provider().LaunchAsync(Request(), CancellationToken.None);

        var runs = ec2.State.RequestsFor("RunInstances");
        Assert.Equal(2, runs.Count);
        Assert.Equal(runs[0].Parameter("ClientToken"), runs[1].Parameter("ClientToken"));
        Assert.Equal(instance.Id, Assert.Single(ec2.State.Instances).InstanceId);
    }

    [Fact]
    public async Task Wrong_credentials_say_which_variables_to_check_and_never_echo_the_secret()
    {
        var error = await Assert.ThrowsAsync<CloudRunnerException>(() =>
            Provider(accessKeyId: "AKIAWRONGWRONGWRONG1").LaunchAsync(Request(), CancellationToken.None));

        Assert.Equal(
            "AWS rejected the credentials while looking up the default Ubuntu image in us-west-1 (AuthFailure): check AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY and AWS_SESSION_TOKEN",
            error.Message);
        Assert.DoesNotContain(SecretKey, error.Message, StringComparison.Ordinal);
        Assert.Empty(ec2.State.RequestsFor("RunInstances"));
    }

    [Fact]
    public async Task A_missing_permission_names_the_actions_to_grant()
    {
        ec2.State.Arm("RunInstances", new Ec2Fault("UnauthorizedOperation", "You are not authorized to perform this operation.", 403));

        var error = await Assert.ThrowsAsync<CloudRunnerException>(() => Provider().LaunchAsync(Request(), CancellationToken.None));

        Assert.StartsWith("the AWS credentials may not do this while launching m5.2xlarge in us-west-1 (UnauthorizedOperation): grant ec2:RunInstances", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_ami_points_at_the_image_and_region_flags()
    {
        var error = await Assert.ThrowsAsync<CloudRunnerException>(() =>
            Provider().LaunchAsync(Request() with { Image = "ami-0fffffffffffffff9" }, CancellationToken.None));

        Assert.Equal(
            "AWS does not know the image while looking up ami-0fffffffffffffff9 in us-west-1 (InvalidAMIID.NotFound): check --cloud-image; AMIs are per region, so also --cloud-region",
            error.Message);
    }

    [Fact]
    public async Task An_image_pattern_that_matches_nothing_says_so()
    {
        var error = await Assert.ThrowsAsync<CloudRunnerException>(() =>
            Provider().LaunchAsync(Request() with { Image = "ubuntu@099720109477:x86_64:no-such-image-*" }, CancellationToken.None));

        Assert.Equal("no AWS image matches ubuntu@099720109477:x86_64:no-such-image-* in us-west-1: check --cloud-image (AMIs are per region)", error.Message);
    }

    [Fact]
    public async Task A_spot_price_below_the_market_asks_to_raise_it()
    {
        ec2.State.Arm("RunInstances", new Ec2Fault("SpotMaxPriceTooLow", "Your Spot request price of 0.01 is lower than the minimum required Spot request fulfillment price of 0.9."));

        var error = await Assert.ThrowsAsync<CloudRunnerException>(() =>
            Provider().LaunchAsync(Request() with { Spot = true, SpotPrice = 0.01m }, CancellationToken.None));

        Assert.Equal(
            "the spot price is too low while launching m5.2xlarge in us-west-1 (SpotMaxPriceTooLow): raise --cloud-spot-price or use -1 for up to the on-demand price",
            error.Message);
    }

    [Fact]
    public async Task An_unknown_region_is_refused_before_any_request_without_an_endpoint_override()
    {
        var provider = new AwsRunnerProvider(
            new AwsEc2ClientFactory(new AwsCloudSettings { AccessKeyId = AccessKey, SecretAccessKey = SecretKey }),
            NullLogger<AwsRunnerProvider>.Instance);

        var error = await Assert.ThrowsAsync<CloudRunnerException>(() => provider.LaunchAsync(Request() with { Region = "mars-north-1" }, CancellationToken.None));

        Assert.StartsWith("unknown AWS region 'mars-north-1'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Missing_credentials_are_reported_without_probing_instance_metadata()
    {
        var provider = new AwsRunnerProvider(
            new AwsEc2ClientFactory(AwsCloudSettings.FromEnvironment(new DictionaryEnvironment([new("AWS_ENDPOINT_URL_EC2", ec2.BaseUrl.ToString())]))),
            NullLogger<AwsRunnerProvider>.Instance);

        var error = await Assert.ThrowsAsync<CloudRunnerException>(() => provider.LaunchAsync(Request(), CancellationToken.None));

        Assert.StartsWith("AWS credentials are missing: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY", error.Message, StringComparison.Ordinal);
        Assert.Empty(ec2.State.Requests);
    }

    [Fact]
    public async Task Settings_from_the_environment_reach_the_endpoint_override_with_a_session_token()
    {
        var environment = new DictionaryEnvironment(
        [
            new("AWS_ACCESS_KEY_ID", AccessKey),
            new("AWS_SECRET_ACCESS_KEY", SecretKey),
            new("AWS_SESSION_TOKEN", "session-token-1"),
            new("AWS_ENDPOINT_URL", ec2.BaseUrl.ToString()),
        ]);
        var provider = new AwsRunnerProvider(new AwsEc2ClientFactory(AwsCloudSettings.FromEnvironment(environment)), NullLogger<AwsRunnerProvider>.Instance);

        await provider.LaunchAsync(Request(), CancellationToken.None);

        Assert.Equal("session-token-1", Assert.Single(ec2.State.RequestsFor("RunInstances")).Headers["X-Amz-Security-Token"]);
    }

    [Fact]
    public async Task Terminate_is_idempotent_for_gone_and_unknown_instances()
    {
        var provider = Provider();
        var instance = await provider.LaunchAsync(Request(), CancellationToken.None);

        await provider.TerminateAsync(instance, CancellationToken.None);
        await provider.TerminateAsync(instance, CancellationToken.None);
        await provider.TerminateAsync(instance with { Id = "i-0000000000000dead" }, CancellationToken.None);

        // The second call saw the instance terminated and did not ask again; the unknown id stopped at DescribeInstances.
        Assert.Equal(instance.Id, Assert.Single(ec2.State.RequestsFor("TerminateInstances")).Parameter("InstanceId.1"));
        Assert.Equal(3, ec2.State.RequestsFor("DescribeInstances").Count);
        Assert.Empty(ec2.State.RequestsFor("DeleteKeyPair"));
    }

    [Fact]
    public async Task Terminate_reports_refusals_it_cannot_ignore()
    {
        var provider = Provider();
        var instance = await provider.LaunchAsync(Request(), CancellationToken.None);
        ec2.State.Arm("TerminateInstances", new Ec2Fault("UnauthorizedOperation", "You are not authorized to perform this operation.", 403));

        var error = await Assert.ThrowsAsync<CloudRunnerException>(() => provider.TerminateAsync(instance, CancellationToken.None));

        Assert.Contains($"while terminating {instance.Id} in us-west-1 (UnauthorizedOperation)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_startup_script_over_the_user_data_limit_is_refused_before_any_request()
    {
        var error = await Assert.ThrowsAsync<CloudRunnerException>(() =>
            Provider().LaunchAsync(Request() with { StartupScript = new string('x', 16 * 1024 + 1) }, CancellationToken.None));

        Assert.Contains("over EC2's 16 KB user data limit", error.Message, StringComparison.Ordinal);
        Assert.Empty(ec2.State.Requests);
    }

    private const string AccessKey = "AKIAFAKECMLTESTS0001";
    private const string SecretKey = "fake-secret-key-never-printed";

    private AwsRunnerProvider Provider(string accessKeyId = AccessKey) => new(
        new AwsEc2ClientFactory(new AwsCloudSettings
        {
            AccessKeyId = accessKeyId,
            SecretAccessKey = SecretKey,
            EndpointUrl = ec2.BaseUrl,
            MaxErrorRetry = 1,
            Timeout = TimeSpan.FromSeconds(10),
        }),
        NullLogger<AwsRunnerProvider>.Instance);

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "the fake never saw the expected call");
            await Task.Delay(20);
        }
    }

    private static CloudRunnerRequest Request() => new() { Name = "cml-gpu-1", StartupScript = Script };

    private static string ExpectedOpenSshKey(RSA rsa)
    {
        var parameters = rsa.ExportParameters(false);
        using var blob = new MemoryStream();
        void Write(byte[] bytes)
        {
            blob.Write([(byte)(bytes.Length >> 24), (byte)(bytes.Length >> 16), (byte)(bytes.Length >> 8), (byte)bytes.Length]);
            blob.Write(bytes);
        }

        Write("ssh-rsa"u8.ToArray());
        Write(parameters.Exponent!);
        Write([0, .. parameters.Modulus!]); // a 2048-bit modulus has its top bit set, so the mpint gets a zero byte
        return "ssh-rsa " + Convert.ToBase64String(blob.ToArray());
    }
}
