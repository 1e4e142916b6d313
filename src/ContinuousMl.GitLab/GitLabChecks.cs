using ContinuousMl.Forges;
using ContinuousMl.GitLab.Models;
using Microsoft.Extensions.Logging;

namespace ContinuousMl.GitLab;

/// <summary>
/// A check as a GitLab commit status (CML throws "Gitlab does not support check!"): name = the title, state from
/// the status and conclusion, description = the report's first line, target URL = the CI job. A status shows one
/// line, so the report's images are not published and the rest of the report is not sent.
/// </summary>
public sealed class GitLabChecks : IChecks
{
    /// <summary>GitLab's limit for a status's description and target URL.</summary>
    public const int MaxFieldCharacters = 255;

    private readonly GitLabConnection connection;
    private readonly GitLabStatusesClient statuses;
    private readonly ILogger logger;

    public GitLabChecks(GitLabApi api, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(api);
        connection = api.Connection;
        statuses = new GitLabStatusesClient(api.Connection);
        this.logger = logger;
    }

    /// <summary>The whole report is accepted; <see cref="Description"/> keeps its first line.</summary>
    public CheckReportLimits ReportLimits { get; } = new(int.MaxValue, RendersMarkdown: false);

    public async Task<CreatedCheck> CreateAsync(CheckRunRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var project = await connection.ProjectAsync(cancellationToken).ConfigureAwait(false);
        var state = GitLabCommitStatusState.From(request.Status, request.Conclusion);
        var body = new GitLabCommitStatusRequest(
            state,
            Truncate(request.Title),
            Description(request.Report),
            request.DetailsUrl is { Length: <= MaxFieldCharacters } url ? url : null);
        var commitUrl = $"{project.WebUrl}/-/commit/{request.Sha}";
        try
        {
            var status = await statuses.SetAsync(request.Sha, body, cancellationToken).ConfigureAwait(false);
            return new CreatedCheck(status.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), commitUrl);
        }
        catch (ForgeRequestException ex) when (ex.StatusCode == 400 && ex.Message.Contains("Cannot transition status", StringComparison.Ordinal))
        {
            // GitLab refuses to move a pending or running status to the state it already has: the wanted state holds.
            logger.LogInformation("GitLab already shows \"{Name}\" as {State} on commit {Sha}; nothing to change", body.Name, state, request.Sha);
            return new CreatedCheck(string.Empty, commitUrl);
        }
    }

    /// <summary>
    /// The report's first non-blank line as plain text (heading and quote markers dropped), cut to GitLab's 255
    /// characters; null for an empty report.
    /// </summary>
    public static string? Description(string report)
    {
        ArgumentNullException.ThrowIfNull(report);
        foreach (var rawLine in report.Split('\n'))
        {
            var line = rawLine.Trim().TrimStart('#', '>').Trim();
            if (line.Length > 0)
            {
                return Truncate(line);
            }
        }

        return null;
    }

    private static string Truncate(string text) =>
        text.Length <= MaxFieldCharacters ? text : text[..(MaxFieldCharacters - 1)] + "…";
}
