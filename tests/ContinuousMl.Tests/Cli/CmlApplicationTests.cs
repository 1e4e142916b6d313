using ContinuousMl.Ci;
using ContinuousMl.Cli;
using ContinuousMl.Cli.Hosting;

namespace ContinuousMl.Tests.Cli;

// Parsing and help only: anything that reads the working directory runs as a child process in ContinuousMl.EndToEnd.
public class CmlApplicationTests
{
    private static async Task<(int Exit, string Out, string Error)> Run(DictionaryEnvironment environment, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = await CmlApplication.RunAsync(args, environment, new CmlConsole(output, error, ErrorIsRedirected: true), CancellationToken.None);
        return (exit, output.ToString(), error.ToString());
    }

    [Theory]
    [InlineData("comment", "create")]
    [InlineData("comment", "update")]
    [InlineData("send-comment")]
    public async Task Help_lists_every_flag_of_comment_create(params string[] command)
    {
        var (exit, output, _) = await Run(new DictionaryEnvironment(), [.. command, "--help"]);

        Assert.Equal(0, exit);
        foreach (var flag in new[]
        {
            "--target", "--watch", "--publish", "--publish-url", "--publish-native", "--native", "--watermark-title",
            "--commit-sha", "--head-sha", "--trigger-file", "--update", "--rm-watermark", "--dry-run",
            "--log", "--driver", "--repo", "--driver-token", "--token",
        })
        {
            Assert.Contains(flag, output);
        }

        Assert.Contains("https://cml.dev/doc/ref/comment#create", output);
    }

    [Fact]
    public async Task Version_prints_the_version()
    {
        var (exit, output, _) = await Run(new DictionaryEnvironment(), "--version");

        Assert.Equal(0, exit);
        Assert.Matches(@"^\d+\.\d+\.\d+\s*$", output);
    }

    [Fact]
    public async Task Unknown_flag_is_a_usage_error_on_one_line()
    {
        var (exit, _, error) = await Run(new DictionaryEnvironment(), "comment", "create", "r.md", "--frobnicate");

        Assert.Equal(2, exit);
        Assert.Single(error.Trim().Split('\n'));
        Assert.Contains("--frobnicate", error);
    }

    [Fact]
    public async Task Missing_report_argument_is_a_usage_error()
    {
        var (exit, _, error) = await Run(new DictionaryEnvironment(), "comment", "create");

        Assert.Equal(2, exit);
        Assert.Contains("cml comment create --help", error);
    }

    [Theory]
    [InlineData(new[] { "--rm-watermark", "--update" }, "watermarks are mandatory for updatable comments")]
    [InlineData(new[] { "--pr", "--commit-sha", "abc" }, "Arguments pr and commitSha are mutually exclusive")]
    [InlineData(new[] { "--target", "pr", "--commit-sha", "abc" }, "Arguments commitSha and target are mutually exclusive")]
    public async Task Conflicting_flags_are_refused_with_CMLs_words(string[] flags, string message)
    {
        var (exit, _, error) = await Run(new DictionaryEnvironment(), ["comment", "create", "r.md", .. flags]);

        Assert.Equal(2, exit);
        Assert.Equal($"cml: {message}", error.Trim());
    }

    [Fact]
    public async Task Comment_update_refuses_to_drop_the_watermark()
    {
        var (exit, _, error) = await Run(new DictionaryEnvironment(), "comment", "update", "r.md", "--rm-watermark");

        Assert.Equal(2, exit);
        Assert.Contains("watermarks are mandatory", error);
    }

    [Fact]
    public async Task Tokens_from_the_environment_never_appear_in_errors()
    {
        const string secret = "ghp_supersecret1234567890";
        var environment = new DictionaryEnvironment { ["REPO_TOKEN"] = secret };

        var (exit, output, error) = await Run(environment, "comment", "create", "r.md", "--log", secret);

        Assert.Equal(2, exit);
        Assert.Contains("***", error);
        Assert.DoesNotContain(secret, output + error);
    }
}
