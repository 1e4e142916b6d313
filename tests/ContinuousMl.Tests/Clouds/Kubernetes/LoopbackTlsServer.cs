using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography.X509Certificates;
using System.Text;

namespace ContinuousMl.Tests.Clouds.Kubernetes;

/// <summary>
/// A bare HTTPS/1.1 responder on 127.0.0.1 that answers every request with one JSON body and keeps what the client
/// presented; enough to prove the client trusts a kubeconfig's CA without a Kestrel certificate setup.
/// </summary>
internal sealed class LoopbackTlsServer : IAsyncDisposable
{
    private readonly TcpListener listener;
    private readonly X509Certificate2 certificate;
    private readonly string answer;
    private readonly CancellationTokenSource stop = new();
    private readonly Task loop;

    public LoopbackTlsServer(X509Certificate2 certificate, string answer)
    {
        this.certificate = certificate;
        this.answer = answer;
        listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        BaseUrl = new Uri($"https://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}/");
        loop = Task.Run(AcceptAsync);
    }

    public Uri BaseUrl { get; }

    /// <summary>The request lines (<c>POST /path HTTP/1.1</c>) of the requests that got past the handshake.</summary>
    public List<string> RequestLines { get; } = [];

    public string? ClientCertificateThumbprint { get; private set; }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        listener.Stop();
        try
        {
            await loop;
        }
        catch (Exception exception) when (exception is OperationCanceledException or SocketException or ObjectDisposedException)
        {
        }

        stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!stop.IsCancellationRequested)
        {
            using var client = await listener.AcceptTcpClientAsync(stop.Token);
            try
            {
                await ServeAsync(client);
            }
            catch (Exception exception) when (exception is IOException or System.Security.Authentication.AuthenticationException)
            {
                // The client refused our certificate: nothing to answer.
            }
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        await using var tls = new SslStream(client.GetStream(), leaveInnerStreamOpen: false);
        await tls.AuthenticateAsServerAsync(new SslServerAuthenticationOptions
        {
            ServerCertificate = certificate,
            ClientCertificateRequired = true,
            // Any client certificate (or none) will do: the test asserts which one came.
            RemoteCertificateValidationCallback = (_, _, _, _) => true,
        }, stop.Token);
        ClientCertificateThumbprint = (tls.RemoteCertificate as X509Certificate2)?.Thumbprint;

        using var reader = new StreamReader(tls, Encoding.ASCII, false, 1024, leaveOpen: true);
        var requestLine = await reader.ReadLineAsync(stop.Token) ?? "";
        if (requestLine.Length == 0)
        {
            // Under TLS 1.3 our side of the handshake ends before the client judges our certificate; it then hangs up.
            return;
        }

        var length = 0;
        for (var line = await reader.ReadLineAsync(stop.Token); !string.IsNullOrEmpty(line); line = await reader.ReadLineAsync(stop.Token))
        {
            if (line.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase))
            {
                length = int.Parse(line["Content-Length:".Length..].Trim(), System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        var body = new char[length];
        await reader.ReadBlockAsync(body, stop.Token);
        RequestLines.Add(requestLine);

        var payload = Encoding.UTF8.GetBytes(answer);
        var head = Encoding.ASCII.GetBytes(
            $"HTTP/1.1 201 Created\r\nContent-Type: application/json\r\nContent-Length: {payload.Length}\r\nConnection: close\r\n\r\n");
        await tls.WriteAsync(head, stop.Token);
        await tls.WriteAsync(payload, stop.Token);
        await tls.FlushAsync(stop.Token);
    }
}
