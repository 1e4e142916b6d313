using System.Security.Cryptography;

namespace ContinuousMl.Runners.Launch;

/// <summary>CML's <c>randid()</c>: two five-character base-36 chunks, e.g. <c>dr13myswxr</c> (no <c>cml-</c> prefix, whatever its help says).</summary>
public static class RunnerName
{
    private const string Alphabet = "0123456789abcdefghijklmnopqrstuvwxyz";

    public static string Random()
    {
        Span<char> name = stackalloc char[10];
        for (var i = 0; i < name.Length; i++)
        {
            name[i] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
        }

        return new string(name);
    }
}
