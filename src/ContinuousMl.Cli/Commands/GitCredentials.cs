using ContinuousMl.Bitbucket;
using ContinuousMl.Ci;
using ContinuousMl.Git;

namespace ContinuousMl.Cli.Commands;

/// <summary>
/// What git sends over HTTPS for a forge's token, as CML builds its remote URLs: <c>token:&lt;token&gt;</c> on GitHub
/// and GitLab, the decoded <c>user:app-password</c> on Bitbucket (an access token goes as <c>x-token-auth</c>, as
/// Bitbucket documents). Every form is registered with the redactor first.
/// </summary>
public static class GitCredentials
{
    public const string TokenUser = "token";

    public static GitCredential For(string driver, ResolvedToken token, SecretRedactor redactor)
    {
        ArgumentNullException.ThrowIfNull(token);
        ArgumentNullException.ThrowIfNull(redactor);
        redactor.Add(token.Value);
        if (driver != DriverResolver.Bitbucket)
        {
            redactor.AddBasicCredentials(TokenUser, token.Value);
            return new GitCredential(TokenUser, token.Value);
        }

        var bitbucket = BitbucketCredentials.FromToken(token.Value);
        if (bitbucket.IsBasic)
        {
            redactor.AddBasicCredentials(bitbucket.UserName!, bitbucket.Password!);
            return new GitCredential(bitbucket.UserName!, bitbucket.Password!);
        }

        return new GitCredential("x-token-auth", token.Value);
    }
}
