using System.Text.RegularExpressions;

namespace ContinuousMl.Clouds.Aws;

/// <summary>
/// A <c>--cloud-image</c> value: an AMI id used as is, or TPI's <c>[user@]owner:architecture:name-pattern</c>
/// that is looked up (newest available image whose name matches) with DescribeImages.
/// </summary>
public sealed partial record AwsImageReference(string? ImageId, string? Owner, string? Architecture, string? NamePattern, string? LoginUser)
{
    /// <summary>Canonical's Ubuntu 22.04 LTS for x86_64, the image TPI's setup script and our startup script target.</summary>
    public const string DefaultImage = "ubuntu@099720109477:x86_64:ubuntu/images/hvm-ssd/ubuntu-jammy-22.04-amd64-server-*";

    public bool NeedsLookup => ImageId is null;

    public static AwsImageReference Parse(string? image)
    {
        var value = string.IsNullOrWhiteSpace(image) ? DefaultImage : image.Trim();
        if (AmiId().IsMatch(value))
        {
            return new AwsImageReference(value, null, null, null, null);
        }

        var match = TpiImage().Match(value);
        if (match.Success)
        {
            return new AwsImageReference(
                null,
                match.Groups["owner"].Value,
                match.Groups["arch"].Value,
                match.Groups["name"].Value,
                match.Groups["user"].Success ? match.Groups["user"].Value : null);
        }

        // A bare name pattern: any owner, as DescribeImages with only a name filter would find it.
        return new AwsImageReference(null, null, null, value, null);
    }

    [GeneratedRegex("^ami-[0-9a-f]{8,17}$")]
    private static partial Regex AmiId();

    [GeneratedRegex("^(?:(?<user>[^@:]+)@)?(?<owner>[^@:]+):(?<arch>[^:]*):(?<name>.+)$")]
    private static partial Regex TpiImage();
}
