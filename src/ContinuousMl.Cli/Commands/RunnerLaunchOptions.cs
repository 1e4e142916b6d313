using System.CommandLine;
using ContinuousMl.Cli.Binding;

namespace ContinuousMl.Cli.Commands;

/// <summary>
/// The flags of <c>runner launch</c> (reference §1.4) and ours. A fresh set per command: the legacy parent
/// <c>runner</c> accepts them all but lists none, as CML's does.
/// </summary>
internal sealed class RunnerLaunchOptions
{
    public static readonly string[] Clouds = ["aws", "azure", "gcp", "kubernetes"];

    public RunnerLaunchOptions(BoundOptions bind, bool hidden)
    {
        Labels = bind.Text("--labels", "One or more user-defined labels for this runner (delimited with commas)", "cml", hidden);
        IdleTimeout = bind.Text("--idle-timeout", "Time to wait for jobs before shutting down (e.g. \"5min\"). Use \"never\" to disable", "5 minutes", hidden);
        Name = bind.Text("--name", "Name displayed in the repository once registered [default: random, e.g. dr13myswxr]", hidden: hidden);
        NoRetry = bind.Flag("--no-retry", "Do not restart workflow terminated due to instance disposal or GitHub Actions timeout", hidden: hidden);
        Single = bind.Flag("--single", "Exit after running a single job", hidden: hidden);
        Reuse = bind.Flag("--reuse", "Don't launch a new runner if an existing one has the same name or overlapping labels", hidden: hidden);
        ReuseIdle = bind.Flag("--reuse-idle", "Creates a new runner only if the matching labels don't exist or are already busy", hidden: hidden);
        Workdir = bind.Text("--workdir", "Runner working directory [default: ~/.cml/<name>]", hidden: hidden, aliases: "--path");
        DockerVolumes = bind.List("--docker-volumes", "Docker volumes, only supported in GitLab", hidden);
        Cloud = bind.Text("--cloud", "Cloud to deploy the runner (aws, azure, gcp, kubernetes); absent: this machine", hidden: hidden);
        Cloud.AcceptOnlyFromAmong(Clouds);
        CloudRegion = bind.Text("--cloud-region", "Region where the instance is deployed. Choices: [us-east, us-west, eu-west, eu-north]. Also accepts native cloud regions", "us-west", hidden);
        CloudType = bind.Text("--cloud-type", "Instance type. Choices: [m, l, xl]. Also supports native types like i.e. t2.micro", hidden: hidden);
        CloudPermissionSet = bind.Text("--cloud-permission-set", "Specifies the instance profile in AWS or instance service account in GCP", string.Empty, hidden);
        CloudMetadata = bind.List("--cloud-metadata", "Key Value pairs to associate cml-runner instance on the provider i.e. tags/labels \"key=value\"", hidden);
        CloudGpu = bind.Text("--cloud-gpu", "GPU type. Choices: k80, v100, or native types e.g. nvidia-tesla-t4", hidden: hidden);
        CloudHddSize = bind.Text("--cloud-hdd-size", "HDD size in GB", hidden: hidden);
        CloudSshPrivate = bind.Text("--cloud-ssh-private", "Custom private RSA SSH key. If not provided an automatically generated throwaway key will be used", hidden: hidden);
        CloudSpot = bind.Flag("--cloud-spot", "Request a spot instance", hidden: hidden);
        CloudSpotPrice = bind.Text("--cloud-spot-price", "Maximum spot instance bidding price in USD. Defaults to the current spot bidding price", "-1", hidden);
        CloudStartupScript = bind.Text("--cloud-startup-script", "Run the provided Base64-encoded Linux shell script during the instance initialization", hidden: hidden);
        CloudAwsSecurityGroup = bind.Text("--cloud-aws-security-group", "Specifies the security group in AWS", string.Empty, hidden);
        CloudAwsSubnet = bind.Text("--cloud-aws-subnet", "Specifies the subnet to use within AWS", string.Empty, hidden, "--cloud-aws-subnet-id");
        CloudKubernetesNodeSelector = bind.List("--cloud-kubernetes-node-selector", "Key Value pairs to specify the node selector for the Kubernetes runner pod \"key=value\"", hidden);
        CloudImage = bind.Text("--cloud-image", "Custom machine (or Kubernetes container) image", hidden: true);
        TpiVersion = bind.Text("--tpi-version", "Pin the iterative/iterative terraform provider to a specific version (accepted, unused: no Terraform here)", hidden: true);
        CmlVersion = bind.Text("--cml-version", "cml version (or binary URL) to install on the instance [default: this version]", hidden: true);
        TfResource = bind.Text("--tf-resource", "Accepted for compatibility; unused", hidden: true, aliases: "--tf_resource");
        GcpAccessToken = bind.Text("--gcp-access-token", "Accepted for compatibility; unused", hidden: true);
        RunnerPath = bind.Text("--runner-path", "Accepted for compatibility; unused", hidden: true);
        DestroyDelay = bind.Text("--destroy-delay", "Accepted for compatibility; unused", hidden: true);
        RunnerBinary = bind.Text("--runner-binary", "Use this runner program instead of downloading the forge's official one (an actions-runner folder or Runner.Listener-style program on GitHub, gitlab-runner on GitLab)", hidden: hidden);
        MaxLifetime = bind.Text("--max-lifetime", "Stop the runner (and its instance) this long after it started, even while a job runs (e.g. \"6h\"); bounds cost if everything else fails", hidden: hidden);
        CloudLaunchTimeout = bind.Text("--cloud-launch-timeout", "How long to wait for a cloud runner to register before terminating its instance", "10min", hidden);
        CloudSelf = bind.Text("--cloud-self", "This runner runs on a cloud instance it terminates when done (set by the instance's startup script)", hidden: true);
        CloudSelf.AcceptOnlyFromAmong(Clouds);
    }

    public Option<string?> Labels { get; }

    public Option<string?> IdleTimeout { get; }

    public Option<string?> Name { get; }

    public Option<bool> NoRetry { get; }

    public Option<bool> Single { get; }

    public Option<bool> Reuse { get; }

    public Option<bool> ReuseIdle { get; }

    public Option<string?> Workdir { get; }

    public Option<string[]> DockerVolumes { get; }

    public Option<string?> Cloud { get; }

    public Option<string?> CloudRegion { get; }

    public Option<string?> CloudType { get; }

    public Option<string?> CloudPermissionSet { get; }

    public Option<string[]> CloudMetadata { get; }

    public Option<string?> CloudGpu { get; }

    public Option<string?> CloudHddSize { get; }

    public Option<string?> CloudSshPrivate { get; }

    public Option<bool> CloudSpot { get; }

    public Option<string?> CloudSpotPrice { get; }

    public Option<string?> CloudStartupScript { get; }

    public Option<string?> CloudAwsSecurityGroup { get; }

    public Option<string?> CloudAwsSubnet { get; }

    public Option<string[]> CloudKubernetesNodeSelector { get; }

    public Option<string?> CloudImage { get; }

    public Option<string?> TpiVersion { get; }

    public Option<string?> CmlVersion { get; }

    public Option<string?> TfResource { get; }

    public Option<string?> GcpAccessToken { get; }

    public Option<string?> RunnerPath { get; }

    public Option<string?> DestroyDelay { get; }

    public Option<string?> RunnerBinary { get; }

    public Option<string?> MaxLifetime { get; }

    public Option<string?> CloudLaunchTimeout { get; }

    public Option<string?> CloudSelf { get; }

    public IEnumerable<Option> All =>
    [
        Labels, IdleTimeout, Name, NoRetry, Single, Reuse, ReuseIdle, Workdir, DockerVolumes, Cloud, CloudRegion, CloudType,
        CloudPermissionSet, CloudMetadata, CloudGpu, CloudHddSize, CloudSshPrivate, CloudSpot, CloudSpotPrice, CloudStartupScript,
        CloudAwsSecurityGroup, CloudAwsSubnet, CloudKubernetesNodeSelector, CloudImage, TpiVersion, CmlVersion, TfResource,
        GcpAccessToken, RunnerPath, DestroyDelay, RunnerBinary, MaxLifetime, CloudLaunchTimeout, CloudSelf,
    ];

    public RunnerLaunchSettings Read(ParseResult result) => new()
    {
        Labels = result.GetValue(Labels) ?? "cml",
        IdleTimeout = result.GetValue(IdleTimeout),
        Name = Blank(result.GetValue(Name)),
        NoRetry = result.GetValue(NoRetry),
        Single = result.GetValue(Single),
        Reuse = result.GetValue(Reuse),
        ReuseIdle = result.GetValue(ReuseIdle),
        Workdir = Blank(result.GetValue(Workdir)),
        DockerVolumes = result.GetValue(DockerVolumes) ?? [],
        Cloud = Blank(result.GetValue(Cloud)),
        CloudRegion = Blank(result.GetValue(CloudRegion)) ?? "us-west",
        CloudType = Blank(result.GetValue(CloudType)),
        CloudPermissionSet = Blank(result.GetValue(CloudPermissionSet)),
        CloudMetadata = result.GetValue(CloudMetadata) ?? [],
        CloudGpu = Blank(result.GetValue(CloudGpu)),
        CloudHddSize = Blank(result.GetValue(CloudHddSize)),
        CloudSshPrivate = Blank(result.GetValue(CloudSshPrivate)),
        CloudSpot = result.GetValue(CloudSpot),
        CloudSpotPrice = Blank(result.GetValue(CloudSpotPrice)),
        CloudStartupScript = Blank(result.GetValue(CloudStartupScript)),
        CloudAwsSecurityGroup = Blank(result.GetValue(CloudAwsSecurityGroup)),
        CloudAwsSubnet = Blank(result.GetValue(CloudAwsSubnet)),
        CloudKubernetesNodeSelector = result.GetValue(CloudKubernetesNodeSelector) ?? [],
        CloudImage = Blank(result.GetValue(CloudImage)),
        CmlVersion = Blank(result.GetValue(CmlVersion)),
        RunnerBinary = Blank(result.GetValue(RunnerBinary)),
        MaxLifetime = Blank(result.GetValue(MaxLifetime)),
        CloudLaunchTimeout = Blank(result.GetValue(CloudLaunchTimeout)),
        CloudSelf = Blank(result.GetValue(CloudSelf)),
    };

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
