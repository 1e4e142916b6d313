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

namespace FakeForge;

/// <summary>
/// A stateful imitation of the part of GitHub's REST API (and web side) that <c>cml</c> uses, on
/// <c>http://127.0.0.1:{random port}/</c>. The API is served at the root and again under <c>/api/v3/</c>.
/// </summary>
public sealed class FakeGitHub : IAsyncDisposable
{
    private readonly WebApplication app;

    private FakeGitHub(WebApplication app, GitHubState state)
    {
        this.app = app;
        State = state;
    }

    /// <summary>The root of the API and of the web pages, e.g. <c>http://127.0.0.1:43123/</c>.</summary>
    public Uri BaseUrl => State.BaseUrl;

    public GitHubState State { get; }

    public static async Task<FakeGitHub> StartAsync(CancellationToken ct = default)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(FakeGitHub).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
            EnvironmentName = Environments.Production,
        });
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var state = new GitHubState();
        builder.Services.AddSingleton(state);
        builder.Services.AddSingleton<IFaultSource>(state);
        builder.Services.AddSingleton<IRequestRecorder>(state);

        var app = builder.Build();
        FakeGitHubApp.Configure(app);
        await app.StartAsync(ct);

        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        state.BaseUrl = new Uri(address.TrimEnd('/') + "/");
        return new FakeGitHub(app, state);
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
