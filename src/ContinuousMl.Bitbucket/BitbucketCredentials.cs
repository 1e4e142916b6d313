using System.Net.Http.Headers;
using System.Text;

namespace ContinuousMl.Bitbucket;

/// <summary>
/// How a token authenticates to Bitbucket Cloud. An access token (repository, project or workspace) goes as
/// <c>Bearer</c>; <c>user:app-password</c> (or <c>email:api-token</c>) goes as Basic, base64'd here; a token that
/// already is the base64 of <c>user:password</c> goes as Basic unchanged, because that is what CML expects users
/// to store.
/// </summary>
public sealed class BitbucketCredentials
{
    private BitbucketCredentials(AuthenticationHeaderValue header, string? userName, string? password)
    {
        Header = header;
        UserName = userName;
        Password = password;
    }

    /// <summary>The <c>Authorization</c> header value every request carries.</summary>
    public AuthenticationHeaderValue Header { get; }

    /// <summary>True for Basic credentials (an app password or API token with its user).</summary>
    public bool IsBasic => UserName is not null;

    /// <summary>The Basic user name, or null for an access token.</summary>
    public string? UserName { get; }

    /// <summary>The Basic password, or null for an access token; register it as a secret.</summary>
    public string? Password { get; }

    /// <summary>How the token is described in messages, never its value.</summary>
    public string Kind => IsBasic ? "app password" : "access token";

    public static BitbucketCredentials FromToken(string token)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(token);
        var value = token.Trim();
        var colon = value.IndexOf(':', StringComparison.Ordinal);
        if (colon >= 0)
        {
            var encoded = Convert.ToBase64String(Encoding.UTF8.GetBytes(value));
            return new BitbucketCredentials(new AuthenticationHeaderValue("Basic", encoded), value[..colon], value[(colon + 1)..]);
        }

        if (TryDecodeBasic(value, out var user, out var password))
        {
            return new BitbucketCredentials(new AuthenticationHeaderValue("Basic", value), user, password);
        }

        return new BitbucketCredentials(new AuthenticationHeaderValue("Bearer", value), null, null);
    }

    /// <summary>
    /// True when <paramref name="token"/> is strict base64 of printable <c>user:password</c>, both non-empty. Access
    /// tokens are not: they carry characters outside base64 or decode to bytes that are not such text.
    /// </summary>
    private static bool TryDecodeBasic(string token, out string user, out string password)
    {
        user = password = string.Empty;
        if (token.Length % 4 != 0 || token.Length < 8)
        {
            return false;
        }

        var bytes = new byte[token.Length];
        if (!Convert.TryFromBase64String(token, bytes, out var written))
        {
            return false;
        }

        string decoded;
        try
        {
            decoded = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(bytes, 0, written);
        }
        catch (DecoderFallbackException)
        {
            return false;
        }

        var colon = decoded.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || colon == decoded.Length - 1 || decoded.Any(char.IsControl))
        {
            return false;
        }

        user = decoded[..colon];
        password = decoded[(colon + 1)..];
        return true;
    }
}
