using ContinuousMl.Ci;
using ContinuousMl.Git;
using ContinuousMl.Tests.Git;

namespace ContinuousMl.Tests.Ci;

public sealed class CiDetectorTests
{
    [Fact]
    public void GitHub_Actions_is_chosen_when_GITHUB_ACTIONS_is_true()
    {
        var detector = CiDetector.CreateDefault(new DictionaryEnvironment { ["GITHUB_ACTIONS"] = "true" }, new GitCli());

        Assert.IsType<GitHubActions>(detector.Detect());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("false")]
    [InlineData("")]
    public void The_local_checkout_is_the_fallback(string? value)
    {
        var detector = CiDetector.CreateDefault(new DictionaryEnvironment { ["GITHUB_ACTIONS"] = value }, new GitCli());

        Assert.IsType<LocalGit>(detector.Detect());
        Assert.IsType<LocalGit>(detector.Environments[^1]);
    }

    [Fact]
    public async Task Only_the_chosen_environment_is_read()
    {
        var first = new FakeEnvironment("first", active: false);
        var second = new FakeEnvironment("second", active: true);
        var last = new FakeEnvironment("last", active: true);

        var detection = await new CiDetector([first, second, last]).DetectAsync();

        Assert.Same(second, detection.Environment);
        Assert.Equal("second", detection.Context.Name);
        Assert.Equal(0, first.Reads);
        Assert.Equal(1, second.Reads);
        Assert.Equal(0, last.Reads);
        Assert.Equal(["second warned"], detection.Warnings);
    }

    [Fact]
    public void When_nothing_applies_the_last_environment_is_used()
    {
        var last = new FakeEnvironment("last", active: false);

        Assert.Same(last, new CiDetector([new FakeEnvironment("first", active: false), last]).Detect());
    }

    [Fact]
    public void An_empty_list_is_refused()
    {
        Assert.Throws<ArgumentException>(() => new CiDetector([]));
    }

    [Fact]
    public async Task In_GitHub_Actions_the_local_git_is_not_consulted()
    {
        using var repository = TempGitRepository.WithCommits();
        var environment = new DictionaryEnvironment
        {
            ["GITHUB_ACTIONS"] = "true",
            ["GITHUB_EVENT_NAME"] = "push",
            ["GITHUB_SHA"] = "abcdefabcdefabcdefabcdefabcdefabcdefabcd",
            ["GITHUB_REPOSITORY"] = "o/r",
        };

        var detection = await CiDetector.CreateDefault(environment, new GitCli(repository.Path)).DetectAsync();

        Assert.Equal("github-actions", detection.Context.Name);
        Assert.Equal("abcdefabcdefabcdefabcdefabcdefabcdefabcd", detection.Context.Sha);
        Assert.Empty(detection.Warnings);
    }

    [Fact]
    public async Task Outside_CI_the_local_git_answers()
    {
        using var repository = TempGitRepository.WithCommits();

        var detection = await CiDetector.CreateDefault(new DictionaryEnvironment(), new GitCli(repository.Path)).DetectAsync();

        Assert.Equal("local", detection.Context.Name);
        Assert.Equal(repository.Git("rev-parse", "HEAD"), detection.Context.Sha);
    }

    private sealed class FakeEnvironment(string name, bool active) : ICiEnvironment
    {
        public int Reads { get; private set; }

        public string Name => name;

        public bool IsActive => active;

        public Task<CiContext> ReadAsync(Action<string>? warn, CancellationToken cancellationToken = default)
        {
            Reads++;
            warn?.Invoke($"{name} warned");
            return Task.FromResult(new CiContext { Name = name });
        }
    }
}
