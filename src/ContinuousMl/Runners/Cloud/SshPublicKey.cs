using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace ContinuousMl.Runners.Cloud;

/// <summary>
/// The OpenSSH public key line (<c>ssh-rsa AAAA…</c>) clouds take for an instance: of the PEM RSA private key of
/// <c>--cloud-ssh-private</c> (the private key itself never leaves this process), or of a key made and thrown away
/// when a cloud insists on one and nobody needs to log in to a runner.
/// </summary>
public static class SshPublicKey
{
    /// <param name="privateKeyPem">The PEM RSA private key; null or blank for a throwaway key.</param>
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
        // An SSH mpint is two's complement: a leading byte with the high bit set needs a zero before it.
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
