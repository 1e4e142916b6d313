namespace FakeForge.Bitbucket;

/// <summary>Code Insights reports, per repository and commit; a put with the same id replaces the report.</summary>
public sealed partial class BitbucketState
{
    private readonly Dictionary<string, List<BitbucketStoredReport>> reports = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The reports on the repository's commits, in the order they were first put.</summary>
    public IReadOnlyList<BitbucketStoredReport> Reports(string workspace, string slug)
    {
        lock (gate)
        {
            SeedRepository(workspace, slug);
            return reports.GetValueOrDefault(Key(workspace, slug))?.ToArray() ?? [];
        }
    }

    internal BitbucketStoredReport PutReport(string workspace, string slug, string sha, string reportId, BitbucketStoredReport requested)
    {
        lock (gate)
        {
            var repository = ApiRepository(workspace, slug);
            var commit = repository.Commits.FirstOrDefault(c => c.StartsWith(sha, StringComparison.OrdinalIgnoreCase) && sha.Length >= 7)
                ?? throw BitbucketErrorException.NotFound();
            if (!reports.TryGetValue(Key(workspace, slug), out var list))
            {
                list = [];
                reports[Key(workspace, slug)] = list;
            }

            var now = NowLocked();
            var index = list.FindIndex(r => string.Equals(r.CommitSha, commit, StringComparison.OrdinalIgnoreCase) && (r.ReportId == reportId || r.Uuid == reportId));
            if (index >= 0)
            {
                var existing = list[index];
                list[index] = requested with
                {
                    CommitSha = existing.CommitSha,
                    ReportId = existing.ReportId,
                    Uuid = existing.Uuid,
                    PutCount = existing.PutCount + 1,
                    CreatedOn = existing.CreatedOn,
                    UpdatedOn = now,
                };
                return list[index];
            }

            var report = requested with
            {
                CommitSha = commit,
                ReportId = reportId,
                Uuid = "{" + Guid.NewGuid().ToString("D") + "}",
                PutCount = 1,
                CreatedOn = now,
                UpdatedOn = now,
            };
            list.Add(report);
            return report;
        }
    }
}
