using ContinuousMl.Bitbucket.Json;

namespace ContinuousMl.Bitbucket.Clients;

/// <summary>Code Insights reports on a commit; a report is created or replaced by its id.</summary>
internal sealed class BitbucketReportsClient(BitbucketConnection connection)
{
    public Task<BitbucketReport> PutAsync(BitbucketRepository repository, string sha, string reportId, BitbucketReportRequest report, CancellationToken cancellationToken) =>
        connection.SendJsonAsync(
            HttpMethod.Put,
            $"{repository.ApiPath}/commit/{Uri.EscapeDataString(sha)}/reports/{Uri.EscapeDataString(reportId)}",
            report,
            BitbucketCheckJsonContext.Default.BitbucketReportRequest,
            BitbucketCheckJsonContext.Default.BitbucketReport,
            cancellationToken);
}
