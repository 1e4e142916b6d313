using ContinuousMl.EndToEnd.Infrastructure;
using FakeForge.Bitbucket;

namespace ContinuousMl.EndToEnd.Bitbucket;

/// <summary>
/// A Bitbucket Pipelines step, as a real <c>bitbucket-pipelines.yml</c> runs it: a clone with a report and a plot,
/// the BITBUCKET_* variables, and a secured REPO_TOKEN; Bitbucket Cloud itself is FakeForge on 127.0.0.1, reached
/// through BITBUCKET_API_URL.
/// </summary>
public sealed class BitbucketPipelinesJob : IAsyncDisposable
{
    public const string Workspace = "acme";
    public const string Slug = "model";
    public const int PullRequest = 7;
    public const string Token = "ATCTT3xFfGN0e2eRepositoryAccessToken0123456789";
    public const string Bot = "model-cml-bot";
    public const string Report = "# Results\n\n| metric | value |\n|---|---|\n| accuracy | 0.91 |\n\n![loss curve](./plot.png)\n";

    private BitbucketPipelinesJob(FakeBitbucket bitbucket, GitWorkspace checkout, Dictionary<string, string> environment)
    {
        Bitbucket = bitbucket;
        Checkout = checkout;
        Environment = environment;
    }

    public FakeBitbucket Bitbucket { get; }

    public BitbucketState State => Bitbucket.State;

    /// <summary>The clone the step runs in (BITBUCKET_CLONE_DIR).</summary>
    public GitWorkspace Checkout { get; }

    /// <summary>The variables the step runs with; tests may change them before running.</summary>
    public Dictionary<string, string> Environment { get; }

    public string HeadSha => Checkout.HeadSha;

    /// <summary>The web root without its trailing slash, as the asset links start.</summary>
    public string Web => Bitbucket.BaseUrl.AbsoluteUri.TrimEnd('/');

    /// <param name="pullRequestPipeline">A <c>pull-requests:</c> pipeline (BITBUCKET_PR_ID set), else a branch pipeline.</param>
    public static async Task<BitbucketPipelinesJob> StartAsync(bool pullRequestPipeline = true, byte[]? plot = null)
    {
        var bitbucket = await FakeBitbucket.StartAsync();
        var workspace = GitWorkspace.Create($"http://bitbucket.org/{Workspace}/{Slug}", new Dictionary<string, byte[]>
        {
            ["report.md"] = System.Text.Encoding.UTF8.GetBytes(Report),
            ["plot.png"] = plot ?? TestImages.Png(1),
        });

        var state = bitbucket.State;
        state.AddRepository(Workspace, Slug);
        state.AddAccessToken(Token, Bot);
        var head = workspace.HeadSha;
        if (pullRequestPipeline)
        {
            state.AddPullRequest(Workspace, Slug, PullRequest, head);
        }
        else
        {
            state.AddCommit(Workspace, Slug, head);
        }

        var environment = new Dictionary<string, string>
        {
            ["CI"] = "true",
            ["BITBUCKET_BUILD_NUMBER"] = "42",
            ["BITBUCKET_COMMIT"] = head,
            ["BITBUCKET_BRANCH"] = "feature",
            ["BITBUCKET_PIPELINE_UUID"] = "{5d2b6f1e-0d6c-4d7a-9a53-000000000042}",
            ["BITBUCKET_STEP_UUID"] = "{0b9e6c32-7d0a-4c51-8f1b-000000000001}",
            ["BITBUCKET_WORKSPACE"] = Workspace,
            ["BITBUCKET_REPO_SLUG"] = Slug,
            ["BITBUCKET_REPO_FULL_NAME"] = $"{Workspace}/{Slug}",
            ["BITBUCKET_REPO_UUID"] = "{7e3c9a10-0000-4000-8000-000000000002}",
            ["BITBUCKET_GIT_HTTP_ORIGIN"] = $"http://bitbucket.org/{Workspace}/{Slug}",
            ["BITBUCKET_CLONE_DIR"] = workspace.Root,
            ["BITBUCKET_API_URL"] = bitbucket.ApiUrl.AbsoluteUri,
            ["REPO_TOKEN"] = Token,
        };
        if (pullRequestPipeline)
        {
            environment["BITBUCKET_PR_ID"] = PullRequest.ToString(System.Globalization.CultureInfo.InvariantCulture);
            environment["BITBUCKET_PR_DESTINATION_BRANCH"] = "main";
        }

        return new BitbucketPipelinesJob(bitbucket, workspace, environment);
    }

    /// <summary>The watermark a report about the head commit ends with.</summary>
    public string Watermark(string title = "CML watermark") => $"![](https://cml.dev/watermark.png#{HeadSha} \"{title}\")";

    public Task<CmlResult> RunAsync(params string[] args) => CmlProcess.RunAsync(Checkout.Root, Environment, args);

    public async ValueTask DisposeAsync()
    {
        await Bitbucket.DisposeAsync();
        Checkout.Dispose();
    }
}
