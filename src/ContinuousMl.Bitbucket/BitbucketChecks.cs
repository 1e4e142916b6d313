using ContinuousMl.Bitbucket.Json;
using ContinuousMl.Forges;
using Microsoft.Extensions.Logging;

namespace ContinuousMl.Bitbucket;

/// <summary>
/// A check as a Bitbucket Code Insights report on the commit (CML throws "Bitbucket Cloud does not support
/// check!"): shown on the commit and on its pull requests, with the report as its details. The report id comes
/// from the title, so a re-run replaces it. Details are plain text, so the report's images are not published.
/// </summary>
public sealed class BitbucketChecks : IChecks
{
    /// <summary>Code Insights' limit for a report's <c>details</c>.</summary>
    public const int MaxDetailsCharacters = 2_000;

    private readonly BitbucketClient client;
    private readonly BitbucketRepository repository;
    private readonly ILogger logger;

    public BitbucketChecks(BitbucketClient client, BitbucketRepository repository, ILogger logger)
    {
        this.client = client;
        this.repository = repository;
        this.logger = logger;
    }

    public CheckReportLimits ReportLimits { get; } = new(MaxDetailsCharacters, RendersMarkdown: false);

    public async Task<CreatedCheck> CreateAsync(CheckRunRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var id = BitbucketReportId.FromTitle(request.Title);
        var body = new BitbucketReportRequest
        {
            Title = request.Title,
            Details = string.IsNullOrWhiteSpace(request.Report) ? null : request.Report,
            // No type fits an ML report exactly; TEST is shown as a plain pass/fail card.
            ReportType = "TEST",
            Reporter = "cml",
            Result = BitbucketReportResult.From(request.Status, request.Conclusion),
            Link = request.DetailsUrl,
            ExternalId = id,
        };
        try
        {
            var report = await client.Reports.PutAsync(repository, request.Sha, id, body, cancellationToken).ConfigureAwait(false);
            logger.LogDebug("Code Insights report {Id} ({Uuid}) is {Result}", id, report.Uuid, report.Result);
            return new CreatedCheck(report.Uuid ?? id, $"{repository.WebUrl}/commits/{Uri.EscapeDataString(request.Sha)}");
        }
        catch (Exception ex)
        {
            throw BitbucketErrors.Translate(ex, $"create report \"{request.Title}\" on commit {request.Sha}", repository, client.Credentials, "Repositories: Write");
        }
    }
}
