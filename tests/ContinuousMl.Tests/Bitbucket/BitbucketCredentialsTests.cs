using System.Text;
using ContinuousMl.Bitbucket;
using ContinuousMl.Ci;

namespace ContinuousMl.Tests.Bitbucket;

public class BitbucketCredentialsTests
{
    [Fact]
    public void An_access_token_is_sent_as_Bearer()
    {
        var credentials = BitbucketCredentials.FromToken("ATCTT3xFfGN0aBc-_dEf=12345678");

        Assert.Equal("Bearer", credentials.Header.Scheme);
        Assert.Equal("ATCTT3xFfGN0aBc-_dEf=12345678", credentials.Header.Parameter);
        Assert.False(credentials.IsBasic);
        Assert.Equal("access token", credentials.Kind);
    }

    [Fact]
    public void User_and_app_password_are_base64d_into_Basic()
    {
        var credentials = BitbucketCredentials.FromToken(" alice:app:pass \n");

        Assert.Equal("Basic", credentials.Header.Scheme);
        Assert.Equal("alice:app:pass", Encoding.UTF8.GetString(Convert.FromBase64String(credentials.Header.Parameter!)));
        Assert.Equal("alice", credentials.UserName);
        Assert.Equal("app:pass", credentials.Password);
        Assert.Equal("app password", credentials.Kind);
    }

    [Fact]
    public void An_already_base64_user_and_password_is_sent_as_is_like_CML()
    {
        var encoded = Convert.ToBase64String(Encoding.UTF8.GetBytes("alice:secret-pass"));

        var credentials = BitbucketCredentials.FromToken(encoded);

        Assert.Equal("Basic", credentials.Header.Scheme);
        Assert.Equal(encoded, credentials.Header.Parameter);
        Assert.Equal("alice", credentials.UserName);
        Assert.Equal("secret-pass", credentials.Password);
    }

    [Theory]
    [InlineData("YWxpY2U=")]
    [InlineData("OmFsaWNl")]
    [InlineData("AAECAwQFBgc6CQ==")]
    public void Base64_that_is_not_printable_user_colon_password_stays_a_Bearer_token(string token)
    {
        Assert.Equal("Bearer", BitbucketCredentials.FromToken(token).Header.Scheme);
    }

    [Fact]
    public void Both_basic_forms_can_be_redacted()
    {
        var credentials = BitbucketCredentials.FromToken("alice:secret-pass");
        var redactor = new SecretRedactor();
        redactor.AddBasicCredentials(credentials.UserName!, credentials.Password!);

        var text = redactor.Redact($"Authorization: Basic {credentials.Header.Parameter}; password secret-pass");

        Assert.DoesNotContain("secret-pass", text);
        Assert.DoesNotContain(credentials.Header.Parameter!, text);
    }
}
