using System.Text;
using ContinuousMl.Ci;
using ContinuousMl.Cli;
using ContinuousMl.Cli.Binding;
using ContinuousMl.Cli.Commands;
using ContinuousMl.Cli.Hosting;

namespace ContinuousMl.Tests.Cli;

// `pr`, `pr create`, `repo prepare` and `ci`: parsing, help and CML's conflicts; what they do runs end to end.
public sealed class PullRequestCommandTests
{
    private static readonly string[] PrFlags =
    [
        "--md", "--skip-ci", "--merge", "--auto-merge", "--rebase", "--squash", "--branch", "--target-branch", "--title",
        "--body", "--message", "--remote", "--user-email", "--user-name", "--log", "--driver", "--repo", "--driver-token", "--token",
    ];

    private static async Task<(int Exit, string Out, string Error)> Run(DictionaryEnvironment environment, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = await CmlApplication.RunAsync(args, environment, new CmlConsole(output, error, ErrorIsRedirected: true), CancellationToken.None);
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task Pr_create_help_lists_every_flag_with_CMLs_defaults()
    {
        var (exit, output, _) = await Run(new DictionaryEnvironment(), "pr", "create", "--help");

        Assert.Equal(0, exit);
        foreach (var flag in PrFlags)
        {
            Assert.Contains(flag, output);
        }

        Assert.Contains("Create a pull request (committing any given paths first)", output);
        Assert.Contains("https://cml.dev/doc/ref/pr", output);
        Assert.Contains("[default: Olivaw[bot]]", output);
        Assert.Contains("[default: olivaw@iterative.ai]", output);
        Assert.Contains("[default: origin]", output);
    }

    [Fact]
    public async Task Pr_help_shows_the_create_command_and_hides_the_flags_it_acts_with()
    {
        var (exit, output, _) = await Run(new DictionaryEnvironment(), "pr", "--help");

        Assert.Equal(0, exit);
        Assert.Contains("Manage pull requests", output);
        Assert.Contains("<glob path>", output);
        Assert.Contains("create", output);
        Assert.Contains("--log", output);
        Assert.DoesNotContain("--skip-ci", output);
        Assert.DoesNotContain("--target-branch", output);
    }

    [Fact]
    public async Task Root_help_lists_pr_and_ci_but_not_repo()
    {
        var (_, output, _) = await Run(new DictionaryEnvironment(), "--help");

        Assert.Contains("Manage pull requests", output);
        Assert.Contains("Prepare Git repository for CML operations", output);
        Assert.DoesNotContain("Prepare the cloned repository", output);
    }

    [Theory]
    [InlineData("ci")]
    [InlineData("repo", "prepare")]
    public async Task Ci_and_repo_prepare_help_match_CMLs_options(params string[] command)
    {
        var (exit, output, _) = await Run(new DictionaryEnvironment(), [.. command, "--help"]);

        Assert.Equal(0, exit);
        Assert.Contains("Number of commits to fetch (use `0` for all branches & tags)", output);
        Assert.Contains("--user-email", output);
        Assert.Contains("--user-name", output);
        Assert.DoesNotContain("--unshallow", output);
    }

    [Theory]
    [InlineData("pr")]
    [InlineData("ci")]
    public async Task The_legacy_program_name_runs_the_command(string command)
    {
        var legacy = await Run(new DictionaryEnvironment(), ArgumentRewriter.FromProgramName($"/usr/local/bin/cml-{command}", ["--help"]));
        var direct = await Run(new DictionaryEnvironment(), command, "--help");

        Assert.Equal(0, legacy.Exit);
        Assert.Equal(direct.Out, legacy.Out);
    }

    [Fact]
    public async Task Pr_without_paths_is_a_usage_error()
    {
        var (exit, _, error) = await Run(new DictionaryEnvironment(), "pr");

        Assert.Equal(2, exit);
        Assert.Contains("cml pr --help", error);
    }

    [Theory]
    [InlineData(new[] { "pr", "create", "--merge", "--squash" }, "Arguments merge and squash are mutually exclusive")]
    [InlineData(new[] { "pr", "a.txt", "--rebase", "--squash" }, "Arguments rebase and squash are mutually exclusive")]
    [InlineData(new[] { "ci", "--fetch-depth", "1.5" }, "--fetch-depth \"1.5\" is not a number of commits (0 fetches everything)")]
    public async Task Conflicting_or_malformed_flags_are_usage_errors(string[] args, string message)
    {
        var (exit, _, error) = await Run(new DictionaryEnvironment(), args);

        Assert.Equal(2, exit);
        Assert.Equal($"cml: {message}", error.Trim());
    }

    [Fact]
    public async Task Environment_booleans_bind_under_CML_PR()
    {
        var environment = new DictionaryEnvironment(new Dictionary<string, string> { ["CML_PR_MERGE"] = "true", ["CML_PR_REBASE"] = "true" });

        var (exit, _, error) = await Run(environment, "pr", "create");

        Assert.Equal(2, exit);
        Assert.Equal("cml: Arguments merge and rebase are mutually exclusive", error.Trim());
    }

    [Theory]
    [InlineData("github", "token")]
    [InlineData("gitlab", "token")]
    public void GitHub_and_GitLab_tokens_go_as_CMLs_token_user_and_are_redacted_in_every_form(string driver, string user)
    {
        var redactor = new SecretRedactor();

        var credential = GitCredentials.For(driver, new ResolvedToken("s3cret-token", "REPO_TOKEN"), redactor);

        Assert.Equal((user, "s3cret-token"), (credential.UserName, credential.Password));
        Assert.Equal("token:***", credential.ToString());
        Assert.Equal("AUTHORIZATION: ***", redactor.Redact("AUTHORIZATION: " + credential.BasicAuthorization[6..]));
        Assert.Equal("https://token:***@github.com", redactor.Redact("https://" + credential.UserInfo + "github.com"));
    }

    [Fact]
    public void Bitbucket_tokens_become_their_user_and_app_password_or_an_access_token_user()
    {
        var redactor = new SecretRedactor();
        var basic = Convert.ToBase64String(Encoding.UTF8.GetBytes("user:app-pass"));

        var fromBasic = GitCredentials.For("bitbucket", new ResolvedToken(basic, "REPO_TOKEN"), redactor);
        var fromAccessToken = GitCredentials.For("bitbucket", new ResolvedToken("ATCTT3xAccessToken", "REPO_TOKEN"), redactor);

        Assert.Equal(("user", "app-pass"), (fromBasic.UserName, fromBasic.Password));
        Assert.Equal(("x-token-auth", "ATCTT3xAccessToken"), (fromAccessToken.UserName, fromAccessToken.Password));
        Assert.Equal("*** ***", redactor.Redact("app-pass ATCTT3xAccessToken"));
    }

    [Fact]
    public void The_markdown_link_says_merge_request_on_GitLab_only()
    {
        Assert.Equal("[CML's Merge Request](u)", PullRequestCreateHandler.MarkdownLink("gitlab", "u"));
        Assert.Equal("[CML's Pull Request](u)", PullRequestCreateHandler.MarkdownLink("github", "u"));
        Assert.Equal("[CML's Pull Request](u)", PullRequestCreateHandler.MarkdownLink("bitbucket", "u"));
    }
}
