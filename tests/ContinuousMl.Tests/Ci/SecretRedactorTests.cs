using System.Text;
using ContinuousMl.Ci;

namespace ContinuousMl.Tests.Ci;

public sealed class SecretRedactorTests
{
    private const string Token = "ghp_0123456789abcdefSECRET";

    [Fact]
    public void Every_occurrence_is_masked()
    {
        var redactor = new SecretRedactor();
        redactor.Add(Token);

        var text = $"token={Token}; again {Token}{Token}";

        Assert.Equal("token=***; again ******", redactor.Redact(text));
    }

    [Theory]
    [InlineData("x")]
    [InlineData("x-access-token")]
    [InlineData("x-token-auth")]
    [InlineData("oauth2")]
    public void Basic_authentication_forms_are_masked(string user)
    {
        var redactor = new SecretRedactor();
        redactor.Add(Token);
        var header = "Authorization: Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{Token}"));

        Assert.Equal("Authorization: Basic ***", redactor.Redact(header));
    }

    [Fact]
    public void The_bare_base64_and_url_escaped_forms_are_masked()
    {
        var secret = "a+b/c=d&e";
        var redactor = new SecretRedactor();
        redactor.Add(secret);

        var base64 = Convert.ToBase64String(Encoding.UTF8.GetBytes(secret));
        Assert.Equal("b64 ***", redactor.Redact("b64 " + base64));
        Assert.Equal("url=https://h/?t=***", redactor.Redact("url=https://h/?t=" + Uri.EscapeDataString(secret)));
    }

    [Fact]
    public void A_user_and_password_pair_is_masked()
    {
        var redactor = new SecretRedactor();
        redactor.AddBasicCredentials("alice", "app-password-123");
        var header = "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("alice:app-password-123"));

        Assert.Equal("Basic ***", redactor.Redact(header));
        Assert.Equal("pw *** user alice", redactor.Redact("pw app-password-123 user alice"));
    }

    [Fact]
    public void A_secret_with_surrounding_whitespace_is_masked_trimmed_too()
    {
        var redactor = new SecretRedactor();
        redactor.Add(Token + "\n");

        Assert.Equal("value *** end", redactor.Redact($"value {Token} end"));
    }

    [Fact]
    public void Longer_secrets_are_masked_whole_before_shorter_ones()
    {
        var redactor = new SecretRedactor();
        redactor.Add("abcd");
        redactor.Add("abcdefgh");

        Assert.Equal("[***] [***]", redactor.Redact("[abcdefgh] [abcd]"));
    }

    [Fact]
    public void Text_without_secrets_is_returned_unchanged()
    {
        var redactor = new SecretRedactor();
        Assert.False(redactor.HasSecrets);
        Assert.Equal("nothing to hide", redactor.Redact("nothing to hide"));

        redactor.Add(Token);
        Assert.True(redactor.HasSecrets);
        Assert.Equal("nothing to hide", redactor.Redact("nothing to hide"));
        Assert.Equal(string.Empty, redactor.Redact(null));
        Assert.Equal(string.Empty, redactor.Redact(string.Empty));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Blank_secrets_are_ignored(string? secret)
    {
        var redactor = new SecretRedactor();
        redactor.Add(secret);

        Assert.False(redactor.HasSecrets);
        Assert.Equal("a b  c", redactor.Redact("a b  c"));
    }

    [Fact]
    public async Task Secrets_added_concurrently_are_all_masked()
    {
        var redactor = new SecretRedactor();
        var secrets = Enumerable.Range(0, 50).Select(i => $"secret-value-{i:D3}").ToArray();

        await Task.WhenAll(secrets.Select(secret => Task.Run(() => redactor.Add(secret))));

        Assert.Equal(string.Join(' ', secrets.Select(_ => "***")), redactor.Redact(string.Join(' ', secrets)));
    }
}
