using ContinuousMl.Forges;
using ContinuousMl.GitHub;
using Microsoft.Extensions.Logging.Abstractions;

namespace ContinuousMl.Tests.GitHub;

public class GitHubRunnersTests
{
    [Fact]
    public async Task Lists_every_page_of_a_repositorys_runners()
    {
        await using var fixture = await GitHubFixture.StartAsync();
        for (var i = 0; i < 130; i++)
        {
            fixture.State.AddRunner("acme/model", $"runner-{i}", ["self-hosted", "cml"], online: i % 2 == 0, busy: i == 4);
        }

        var runners = await new GitHubRunners(fixture.Client, GitHubFixture.Owner, GitHubFixture.Name, NullLogger.Instance).ListAsync(CancellationToken.None);

        Assert.Equal(130, runners.Count);
        Assert.Equal("runner-4", runners[4].Name);
        Assert.Equal(["self-hosted", "cml"], runners[4].Labels);
        Assert.True(runners[4].Online);
        Assert.True(runners[4].Busy);
        Assert.True(runners[4].HasAllLabels(["CML"]));
        Assert.False(runners[1].Online);
        Assert.Equal(2, fixture.State.Requests.Count(r => r.Path.EndsWith("/actions/runners", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task An_organisation_url_uses_the_organisations_runners()
    {
        await using var fixture = await GitHubFixture.StartAsync();
        fixture.State.AddRunner("org:acme", "org-runner", ["self-hosted"]);
        var runners = new GitHubRunners(fixture.Client, "acme", null, NullLogger.Instance);

        var listed = await runners.ListAsync(CancellationToken.None);
        var registration = await runners.RegisterAsync(new RunnerRegistrationRequest("x", ["cml"], false), CancellationToken.None);
        await runners.RemoveAsync(listed.Single(), CancellationToken.None);

        Assert.Equal("org-runner", listed.Single().Name);
        Assert.StartsWith("AABF", registration.Token);
        Assert.Null(registration.RunnerId);
        Assert.Empty(fixture.State.Runners("org:acme"));
        Assert.Contains(fixture.State.Requests, r => r.Method == "POST" && r.Path == "/orgs/acme/actions/runners/registration-token");
    }

    [Fact]
    public async Task Removing_a_busy_runner_says_so_and_a_gone_one_is_fine()
    {
        await using var fixture = await GitHubFixture.StartAsync();
        var id = fixture.State.AddRunner("acme/model", "busy-one", ["self-hosted"], busy: true);
        var runners = new GitHubRunners(fixture.Client, GitHubFixture.Owner, GitHubFixture.Name, NullLogger.Instance);
        var busy = new RegisteredRunner(id.ToString(System.Globalization.CultureInfo.InvariantCulture), "busy-one", [], true, true);

        var error = await Assert.ThrowsAsync<RunnerBusyException>(() => runners.RemoveAsync(busy, CancellationToken.None));
        await runners.RemoveAsync(busy with { Id = "999999" }, CancellationToken.None);

        Assert.Contains("still running a job", error.Message);
        Assert.Single(fixture.State.Runners("acme/model"));
    }
}
