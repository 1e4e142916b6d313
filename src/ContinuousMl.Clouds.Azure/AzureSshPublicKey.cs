using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using ContinuousMl.Runners.Cloud;

namespace ContinuousMl.Clouds.Azure;

/// <summary>
/// The OpenSSH public key line Azure's Linux VMs take: of <c>--cloud-ssh-private</c> when given, else of a key made
/// and thrown away here (Azure requires a key or a password; nobody needs to log in to a runner).
/// </summary>
public static class AzureSshPublicKey
{
    public static string For(string? privateKeyPem)
    {
        using var rsa = RSA.Create(2048);
        if (!string.IsNullOrWhiteSpace(privateKeyPem))
        {
            try
            {
                rsa.ImportFromPem(privateKeyPem);
            }
            catch (Exception exception) when (exception is ArgumentException or CryptographicException)
            {
                throw new CloudRunnerException("--cloud-ssh-private is not a PEM RSA private key", exception);
            }
        }

        var parameters = rsa.ExportParameters(includePrivateParameters: false);
        using var blob = new MemoryStream();
        WriteString(blob, Encoding.ASCII.GetBytes("ssh-rsa"));
        WriteMpint(blob, parameters.Exponent!);
        WriteMpint(blob, parameters.Modulus!);
        return "ssh-rsa " + Convert.ToBase64String(blob.ToArray());
    }

    private static void WriteMpint(Stream stream, byte[] unsignedBigEndian)
    {
        var start = 0;
        while (start < unsignedBigEndian.Length - 1 && unsignedBigEndian[start] == 0)
        {
            start++;
        }

        var value = unsignedBigEndian.AsSpan(start);
        var padded = (value[0] & 0x80) != 0 ? [0, .. value] : value.ToArray();
        WriteString(stream, padded);
    }

    private static void WriteString(Stream stream, ReadOnlySpan<byte> bytes)
    {
        Span<byte> length = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, bytes.Length);
        stream.Write(length);
        stream.Write(bytes);
    }
}
