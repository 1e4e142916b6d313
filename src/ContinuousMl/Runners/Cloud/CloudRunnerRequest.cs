namespace ContinuousMl.Runners.Cloud;

/// <summary>
/// One runner instance to start in a cloud, as the <c>--cloud-*</c> flags of <c>cml runner launch</c> describe it.
/// Values are the user's, unmapped: each provider maps region, type and GPU names to its own (reference §5.3).
/// </summary>
public sealed record CloudRunnerRequest
{
    /// <summary>The runner's name; providers use it for the instance/pod name and a <c>cml-runner</c> tag.</summary>
    public required string Name { get; init; }

    /// <summary><c>--cloud-region</c>: a generic name (<c>us-west</c>, <c>eu-north</c>, ...) or the cloud's own.</summary>
    public string Region { get; init; } = "us-west";

    /// <summary><c>--cloud-type</c>: a generic size (<c>s</c>, <c>m</c>, <c>l</c>, <c>xl</c>, optionally <c>+gpu</c>) or the cloud's own type.</summary>
    public string Type { get; init; } = "m";

    /// <summary><c>--cloud-gpu</c>: <c>k80</c>, <c>v100</c>, <c>t4</c>, ... or null for none (<c>nogpu</c>, <c>tesla</c> already normalised).</summary>
    public string? Gpu { get; init; }

    /// <summary><c>--cloud-hdd-size</c> in GB.</summary>
    public int HddSizeGb { get; init; } = 35;

    /// <summary><c>--cloud-image</c>: a machine image (AWS AMI, Azure URN, GCP image) or container image (Kubernetes); null for the default.</summary>
    public string? Image { get; init; }

    public bool Spot { get; init; }

    /// <summary><c>--cloud-spot-price</c>: the maximum hourly price; -1 means "up to the on-demand price".</summary>
    public decimal SpotPrice { get; init; } = -1;

    /// <summary><c>--cloud-permission-set</c>: AWS instance profile ARN, GCP service account, Azure identity.</summary>
    public string? PermissionSet { get; init; }

    /// <summary><c>--cloud-metadata</c> key=value pairs: tags/labels on every resource created (value may be null).</summary>
    public IReadOnlyDictionary<string, string?> Metadata { get; init; } = new Dictionary<string, string?>();

    public string? AwsSecurityGroup { get; init; }

    public string? AwsSubnet { get; init; }

    /// <summary><c>--cloud-kubernetes-node-selector</c> key=value pairs.</summary>
    public IReadOnlyDictionary<string, string?> KubernetesNodeSelector { get; init; } = new Dictionary<string, string?>();

    /// <summary><c>--cloud-ssh-private</c>: a PEM RSA key (never logged).</summary>
    public string? SshPrivateKey { get; init; }

    /// <summary>
    /// The shell script the instance runs at boot (user data / startup script / container command): it installs
    /// <c>cml</c>, runs the user's <c>--cloud-startup-script</c>, then <c>cml runner launch</c> in local mode with the
    /// same labels and lifecycle flags. Built by the runner command, not by providers.
    /// </summary>
    public required string StartupScript { get; init; }

    /// <summary><c>--max-lifetime</c>: providers that can (AWS: instance-initiated shutdown = terminate) enforce it too.</summary>
    public TimeSpan? MaxLifetime { get; init; }
}
