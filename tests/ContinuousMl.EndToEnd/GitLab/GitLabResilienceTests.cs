using FakeForge;

namespace ContinuousMl.EndToEnd.GitLab;

// Faults on the wire against GitLab: the note arrives once, or the command says clearly why not.
public class GitLabResilienceTests
{
    private const string NotesPattern = "^/api/v4/projects/acme%2Fmodel/merge_requests/7/notes$";

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_502_on_create_leaves_exactly_one_note(bool serverCreatedItAnyway)
    {
        await using var job = await GitLabCiJob.StartAsync();
        job.State.AddFault(new Fault("POST", NotesPattern, 502, AfterHandling: serverCreatedItAnyway));

        var result = await job.RunAsync("comment", "create", "report.md");

        Assert.True(result.ExitCode == 0, result.ToString());
        var note = Assert.Single(job.Notes());
        Assert.Equal($"{job.ProjectUrl}/-/merge_requests/7#note_{note.Id}", result.Stdout.Trim());
        Assert.Contains("looking for it before trying again", result.Stderr);
        Assert.Equal(0, job.State.PendingFaults);
        Assert.Equal(serverCreatedItAnyway ? 1 : 2, job.Requests("POST", "/merge_requests/7/notes"));
    }

    [Fact]
    public async Task Server_errors_on_reads_and_uploads_are_retried()
    {
        await using var job = await GitLabCiJob.StartAsync();
        job.State.AddFault(new Fault("POST", "/uploads$", 503));
        job.State.AddFault(new Fault("GET", "/notes$", 502, Times: 2));

        var result = await job.RunAsync("comment", "update", "report.md");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Single(job.Notes());
        Assert.Single(job.State.Uploads);
        Assert.Equal(0, job.State.PendingFaults);
    }

    [Fact]
    public async Task A_429_is_waited_out_as_retry_after_asks()
    {
        await using var job = await GitLabCiJob.StartAsync();
        job.State.AddFault(new Fault(
            "POST",
            NotesPattern,
            429,
            Headers: new Dictionary<string, string> { ["Retry-After"] = "1" },
            Body: "{\"message\":\"Retry later\"}"));

        var result = await job.RunAsync("comment", "create", "report.md", "--no-publish");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Single(job.Notes());
        Assert.Contains("answered 429; retrying in 1 s", result.Stderr);
    }
}
