using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using ContinuousMl.Clouds.Gcp.Json;
using ContinuousMl.Runners.Cloud;

namespace ContinuousMl.Clouds.Gcp;

/// <summary>
/// A bearer token for Compute Engine: the given one, or one a service account key buys by signing a JWT
/// (RS256) and posting it to the key's token endpoint. The token is cached until shortly before it expires.
/// </summary>
public sealed class GcpAccessTokenSource
{
    private const string ComputeScope = "https://www.googleapis.com/auth/compute";

    private readonly GcpCloudSettings settings;
    private readonly HttpClient http;
    private readonly TimeProvider time;
    private readonly SemaphoreSlim gate = new(1, 1);
    private string? cached;
    private DateTimeOffset cachedUntil;

    public GcpAccessTokenSource(GcpCloudSettings settings, HttpClient http, TimeProvider? time = null)
    {
        this.settings = settings;
        this.http = http;
        this.time = time ?? TimeProvider.System;
    }

    /// <summary>The project from the settings, else from the service account key.</summary>
    public string Project =>
        settings.Project
        ?? ReadKey()?.ProjectId
        ?? throw new CloudRunnerException("no GCP project: set GOOGLE_CLOUD_PROJECT, or use a service account key (GOOGLE_APPLICATION_CREDENTIALS_DATA) that names one");

    public async Task<string> GetTokenAsync(CancellationToken cancellationToken)
    {
        if (settings.AccessToken is { } given)
        {
            return given;
        }

        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (cached is not null && time.GetUtcNow() < cachedUntil)
            {
                return cached;
            }

            var key = ReadKey() ?? throw new CloudRunnerException(
                "GCP credentials are missing: set GOOGLE_APPLICATION_CREDENTIALS_DATA to a service account key, GOOGLE_APPLICATION_CREDENTIALS to its path, or CML_GCP_ACCESS_TOKEN");
            if (key.ClientEmail is null || key.PrivateKey is null)
            {
                throw new CloudRunnerException("the GCP credentials are not a service account key (no client_email or private_key): create a JSON key for a service account");
            }

            var tokenUrl = settings.TokenUrl ?? new Uri(key.TokenUri ?? "https://oauth2.googleapis.com/token");
            var now = time.GetUtcNow();
            var assertion = SignJwt(key, tokenUrl, now);
            using var request = new HttpRequestMessage(HttpMethod.Post, tokenUrl)
            {
                Content = new FormUrlEncodedContent(
                [
                    new("grant_type", "urn:ietf:params:oauth:grant-type:jwt-bearer"),
                    new("assertion", assertion),
                ]),
            };
            HttpResponseMessage response;
            try
            {
                response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
            }
            catch (HttpRequestException exception)
            {
                throw new CloudRunnerException($"cannot reach Google's token endpoint {tokenUrl}: check the network", exception);
            }

            using var answered = response;
            if (!response.IsSuccessStatusCode)
            {
                throw new CloudRunnerException(
                    $"Google refused a token for service account {key.ClientEmail} (HTTP {(int)response.StatusCode}): check that the key in GOOGLE_APPLICATION_CREDENTIALS_DATA is current and not deleted");
            }

            var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            var token = JsonSerializer.Deserialize(body, GcpJsonContext.Default.GcpTokenResponse);
            cached = token?.AccessToken ?? throw new CloudRunnerException("Google's token endpoint answered without an access token");
            cachedUntil = now.AddSeconds(Math.Max(0, token.ExpiresIn - 60));
            return cached;
        }
        finally
        {
            gate.Release();
        }
    }

    private GcpServiceAccountKey? ReadKey()
    {
        if (settings.ServiceAccountJson is not { } json)
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize(json, GcpJsonContext.Default.GcpServiceAccountKey);
        }
        catch (JsonException exception)
        {
            throw new CloudRunnerException("the GCP credentials are not valid JSON: GOOGLE_APPLICATION_CREDENTIALS_DATA must hold a service account key file's content", exception);
        }
    }

    private static string SignJwt(GcpServiceAccountKey key, Uri audience, DateTimeOffset now)
    {
        var header = JsonSerializer.SerializeToUtf8Bytes(new GcpJwtHeader("RS256", "JWT", key.PrivateKeyId), GcpJsonContext.Default.GcpJwtHeader);
        var issuedAt = now.ToUnixTimeSeconds();
        var claims = JsonSerializer.SerializeToUtf8Bytes(
            new GcpJwtClaims(key.ClientEmail!, ComputeScope, audience.ToString(), issuedAt, issuedAt + 3600), GcpJsonContext.Default.GcpJwtClaims);
        var signingInput = Base64Url(header) + "." + Base64Url(claims);

        using var rsa = RSA.Create();
        try
        {
            rsa.ImportFromPem(key.PrivateKey);
        }
        catch (Exception exception) when (exception is ArgumentException or CryptographicException)
        {
            throw new CloudRunnerException("the private_key of the GCP service account key is not a PEM key", exception);
        }

        var signature = rsa.SignData(Encoding.ASCII.GetBytes(signingInput), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        return signingInput + "." + Base64Url(signature);
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
