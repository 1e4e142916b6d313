using ContinuousMl.Bitbucket.Json;
using ContinuousMl.Forges;
using Microsoft.Extensions.Logging;

namespace ContinuousMl.Bitbucket;

/// <summary>
/// A repository's pipelines runners through the internal endpoints Bitbucket's own UI uses (there is no public
/// runner API; CML uses the same ones): create (labels <c>self.hosted</c> plus <c>--labels</c>), list, remove.
/// </summary>
public sealed class BitbucketRunners : IRunners
{
    private const string RunnerScope = "Runners: Write (Repository admin)";

    private readonly BitbucketClient client;
    private readonly BitbucketRepository repository;
    private readonly ILogger logger;

    public BitbucketRunners(BitbucketClient client, BitbucketRepository repository, ILogger logger)
    {
        this.client = client;
        this.repository = repository;
        this.logger = logger;
    }

    public string Forge => "bitbucket";

    public bool CanList => true;

    public async Task<IReadOnlyList<RegisteredRunner>> ListAsync(CancellationToken cancellationToken)
    {
        try
        {
            var runners = await client.Runners.ListAsync(repository, cancellationToken).ConfigureAwait(false);
            return runners.Select(r =>
            {
                var online = string.Equals(r.State?.Status, "ONLINE", StringComparison.OrdinalIgnoreCase);
                // Bitbucket says nothing of jobs here; CML counts an online runner as busy, so it is never reused as idle.
                return new RegisteredRunner(r.Uuid ?? string.Empty, r.Name ?? string.Empty, r.Labels ?? [], online, online);
            }).ToArray();
        }
        catch (Exception ex)
        {
            throw BitbucketErrors.Translate(ex, "list the pipelines runners", repository, client.Credentials, RunnerScope);
        }
    }

    public async Task<RunnerRegistration> RegisterAsync(RunnerRegistrationRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        try
        {
            var identity = await client.Runners.RepositoryAsync(repository, cancellationToken).ConfigureAwait(false);
            var created = await client.Runners.CreateAsync(repository, request.Name, ["self.hosted", .. request.Labels], cancellationToken).ConfigureAwait(false);
            logger.LogDebug("created runner {Uuid}", created.Uuid);
            return new RunnerRegistration(created.OauthClient?.Secret ?? string.Empty, created.Uuid)
            {
                OAuthClientId = created.OauthClient?.Id,
                OAuthClientSecret = created.OauthClient?.Secret,
                AccountUuid = identity.Workspace?.Uuid,
                RepositoryUuid = identity.Uuid,
            };
        }
        catch (Exception ex)
        {
            throw BitbucketErrors.Translate(ex, "create a pipelines runner", repository, client.Credentials, RunnerScope);
        }
    }

    public async Task RemoveAsync(RegisteredRunner runner, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(runner);
        try
        {
            await client.Runners.DeleteAsync(repository, runner.Id, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            throw BitbucketErrors.Translate(ex, $"remove runner {runner.Name}", repository, client.Credentials, RunnerScope);
        }
    }

    /// <summary>Bitbucket's runner log names the step's pipeline.</summary>
    public Task<string?> FindRunOfJobAsync(string runnerName, RunnerJob? job, CancellationToken cancellationToken) =>
        Task.FromResult(job?.Pipeline);
}
