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

namespace FakeForge.GitLab;

/// <summary>
/// A stateful imitation of the part of GitLab's REST v4 API (and web side) that <c>cml</c> uses, on
/// <c>http://127.0.0.1:{random port}{prefix}/</c>. With a prefix (<c>/gitlab</c>) it behaves like GitLab installed
/// under a relative URL: nothing answers outside it, so a client has to discover the API base.
/// </summary>
public sealed class FakeGitLab : IAsyncDisposable
{
    private readonly WebApplication app;

    private FakeGitLab(WebApplication app, GitLabState state)
    {
        this.app = app;
        State = state;
    }

    /// <summary>GitLab's root (web and API alike) with a trailing slash, e.g. <c>http://127.0.0.1:43123/gitlab/</c>.</summary>
    public Uri BaseUrl => State.BaseUrl;

    /// <summary>What <c>CI_SERVER_URL</c> holds: the root without its trailing slash.</summary>
    public string ServerUrl => BaseUrl.AbsoluteUri.TrimEnd('/');

    /// <summary>What <c>CI_API_V4_URL</c> holds: <c>{root}/api/v4</c>, no trailing slash.</summary>
    public string ApiUrl => ServerUrl + "/api/v4";

    public GitLabState State { get; }

    /// <param name="pathPrefix">A relative URL root such as <c>/gitlab</c>; empty to serve at the server's root.</param>
    /// <param name="ct">Cancels the start.</param>
    public static async Task<FakeGitLab> StartAsync(string pathPrefix = "", CancellationToken ct = default)
    {
        var prefix = pathPrefix.Trim().TrimEnd('/');
        if (prefix.Length > 0 && !prefix.StartsWith('/'))
        {
            prefix = "/" + prefix;
        }

        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(FakeGitLab).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
            EnvironmentName = Environments.Production,
        });
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var state = new GitLabState();
        builder.Services.AddSingleton(state);
        builder.Services.AddSingleton<IFaultSource>(state);
        builder.Services.AddSingleton<IRequestRecorder>(state);

        var app = builder.Build();
        FakeGitLabApp.Configure(app, prefix);
        await app.StartAsync(ct);

        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        state.BaseUrl = new Uri(address.TrimEnd('/') + prefix + "/");
        return new FakeGitLab(app, state);
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
