using FakeClouds.Hosting;
using Microsoft.AspNetCore.Builder;

namespace FakeClouds.Ec2;

/// <summary>A stateful fake of the EC2 Query API on <c>http://127.0.0.1:{port}/</c>, for the AWS SDK's <c>ServiceURL</c>.</summary>
public sealed class FakeEc2 : IAsyncDisposable
{
    private readonly WebApplication app;

    private FakeEc2(WebApplication app, Uri baseUrl, Ec2State state)
    {
        this.app = app;
        BaseUrl = baseUrl;
        State = state;
    }

    public Uri BaseUrl { get; }

    public Ec2State State { get; }

    public static async Task<FakeEc2> StartAsync(CancellationToken cancellationToken = default)
    {
        var state = new Ec2State();
        var (app, baseUrl) = await LoopbackWebApp.StartAsync(app => Ec2Api.Map(app, state), cancellationToken);
        return new FakeEc2(app, baseUrl, state);
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
