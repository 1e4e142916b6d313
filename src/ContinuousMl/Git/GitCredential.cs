using System.Text;

namespace ContinuousMl.Git;

/// <summary>
/// The user name and password git sends to a forge over HTTPS (the forge's token, or a Bitbucket app password).
/// <see cref="ToString"/> names the user only; the password never leaves through it.
/// </summary>
public sealed class GitCredential
{
    public GitCredential(string userName, string password)
    {
        ArgumentException.ThrowIfNullOrEmpty(userName);
        ArgumentException.ThrowIfNullOrEmpty(password);
        UserName = userName;
        Password = password;
    }

    public string UserName { get; }

    /// <summary>The secret; register it with a redactor before anything is written.</summary>
    public string Password { get; }

    /// <summary>The value of an <c>Authorization</c> header carrying these credentials.</summary>
    public string BasicAuthorization => "basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{UserName}:{Password}"));

    /// <summary><c>user:password@</c>, escaped for the user-info part of a URL.</summary>
    public string UserInfo => $"{Uri.EscapeDataString(UserName)}:{Uri.EscapeDataString(Password)}@";

    public override string ToString() => $"{UserName}:***";
}
