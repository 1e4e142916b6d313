using ContinuousMl.Clouds.Aws;

namespace ContinuousMl.Tests.Clouds.Aws;

public sealed class AwsImageReferenceTests
{
    [Fact]
    public void An_ami_id_is_used_as_is()
    {
        var reference = AwsImageReference.Parse("ami-0123456789abcdef0");
        Assert.Equal("ami-0123456789abcdef0", reference.ImageId);
        Assert.False(reference.NeedsLookup);
    }

    [Fact]
    public void Tpi_syntax_names_user_owner_architecture_and_pattern()
    {
        var reference = AwsImageReference.Parse("ubuntu@099720109477:x86_64:ubuntu/images/*focal*");
        Assert.Equal(new AwsImageReference(null, "099720109477", "x86_64", "ubuntu/images/*focal*", "ubuntu"), reference);
    }

    [Fact]
    public void No_image_means_canonicals_ubuntu()
    {
        var reference = AwsImageReference.Parse(null);
        Assert.Equal("099720109477", reference.Owner);
        Assert.Equal("x86_64", reference.Architecture);
        Assert.StartsWith("ubuntu/images/hvm-ssd/ubuntu-jammy-22.04-amd64-server-", reference.NamePattern, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bare_name_is_a_pattern_of_any_owner()
    {
        Assert.Equal(new AwsImageReference(null, null, null, "my-runner-image-*", null), AwsImageReference.Parse("my-runner-image-*"));
    }
}
