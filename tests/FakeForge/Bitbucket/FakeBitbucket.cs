using System.Net;
using FakeForge.Faults;
using FakeForge.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace FakeForge.Bitbucket;

/// <summary>
/// A stateful imitation of the part of Bitbucket Cloud's REST API 2.0 (and web side) that <c>cml</c> uses, on
/// <c>http://127.0.0.1:{random port}/</c>: the API under <c>/2.0/</c> (<see cref="ApiUrl"/>), the web pages (the
/// repository's downloads) at the root, as <c>api.bitbucket.org/2.0</c> and <c>bitbucket.org</c> pair up.
/// </summary>
public sealed class FakeBitbucket : IAsyncDisposable
{
    private readonly WebApplication app;

    private FakeBitbucket(WebApplication app, BitbucketState state)
    {
        this.app = app;
        State = state;
    }

    /// <summary>The web root, e.g. <c>http://127.0.0.1:43123/</c>.</summary>
    public Uri BaseUrl => State.BaseUrl;

    /// <summary>The API base without a trailing slash, e.g. <c>http://127.0.0.1:43123/2.0</c>: what <c>BITBUCKET_API_URL</c> holds.</summary>
    public Uri ApiUrl => new(BaseUrl, "2.0");

    public BitbucketState State { get; }

    public static async Task<FakeBitbucket> StartAsync(CancellationToken ct = default)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(FakeBitbucket).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
            EnvironmentName = Environments.Production,
        });
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var state = new BitbucketState();
        builder.Services.AddSingleton(state);
        builder.Services.AddSingleton<IFaultSource>(state);
        builder.Services.AddSingleton<IRequestRecorder>(state);

        var app = builder.Build();
        FakeBitbucketApp.Configure(app);
        await app.StartAsync(ct);

        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        state.BaseUrl = new Uri(address.TrimEnd('/') + "/");
        return new FakeBitbucket(app, state);
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
