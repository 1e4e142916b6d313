using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using ContinuousMl.Runners.Cloud;

namespace ContinuousMl.Tests.Runners.Cloud;

public sealed class SshPublicKeyTests
{
    [Fact]
    public void The_public_half_of_a_pem_key_is_its_openssh_line()
    {
        using var rsa = RSA.Create(2048);
        var parameters = rsa.ExportParameters(includePrivateParameters: false);

        var line = SshPublicKey.For(rsa.ExportRSAPrivateKeyPem());

        Assert.StartsWith("ssh-rsa ", line, StringComparison.Ordinal);
        var blob = Convert.FromBase64String(line["ssh-rsa ".Length..]);
        var fields = Fields(blob);
        Assert.Equal("ssh-rsa", Encoding.ASCII.GetString(fields[0]));
        Assert.Equal(parameters.Exponent, fields[1].SkipWhile(b => b == 0).ToArray());
        Assert.Equal(parameters.Modulus, fields[2].SkipWhile(b => b == 0).ToArray());
        Assert.Equal(0, fields[2][0]); // a 2048-bit modulus has its high bit set: the mpint needs a leading zero
    }

    [Fact]
    public void Without_a_key_a_fresh_one_is_made_each_time()
    {
        var first = SshPublicKey.For(null);
        var second = SshPublicKey.For("  ");

        Assert.StartsWith("ssh-rsa ", first, StringComparison.Ordinal);
        Assert.NotEqual(first, second);
    }

    [Fact]
    public void Something_else_is_refused_naming_the_flag()
    {
        var error = Assert.Throws<CloudRunnerException>(() => SshPublicKey.For("-----BEGIN NOTHING-----\nabc\n-----END NOTHING-----"));

        Assert.Equal("--cloud-ssh-private is not a PEM RSA private key", error.Message);
    }

    private static List<byte[]> Fields(byte[] blob)
    {
        var fields = new List<byte[]>();
        for (var offset = 0; offset < blob.Length;)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(blob.AsSpan(offset));
            fields.Add(blob.AsSpan(offset + 4, length).ToArray());
            offset += 4 + length;
        }

        return fields;
    }
}
