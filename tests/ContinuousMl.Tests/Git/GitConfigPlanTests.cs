using ContinuousMl.Ci;
using ContinuousMl.Git;

namespace ContinuousMl.Tests.Git;

// CML's updateGitConfig snapshots (reference/cml-conformance.md), with "git" in front of each command as CML lists them.
public sealed class GitConfigPlanTests
{
    private const string Token = "dXNlcjpwYXNz";

    [Fact]
    public void GitHub_matches_CMLs_snapshot()
    {
        var steps = GitConfigPlan.For(
            DriverResolver.GitHub, RepositoryUrl.Parse("https://github.com/test/test"), new GitCredential("token", Token),
            new GitIdentity("GitHub Action", "action@github.com"), "origin");

        Assert.Equal(
            """[["git","config","--unset","http.https://github.com/.extraheader"],["git","config","user.name","GitHub Action"],["git","config","user.email","action@github.com"],["git","remote","set-url","origin","https://token:dXNlcjpwYXNz@github.com/test/test.git"]]""",
            Vector(steps));
        Assert.Equal([true, false, false, false], steps.Select(s => s.MayFail));
    }

    [Fact]
    public void GitLab_matches_CMLs_snapshot()
    {
        var steps = GitConfigPlan.For(
            DriverResolver.GitLab, RepositoryUrl.Parse("https://gitlab.com/test/test"), new GitCredential("token", Token),
            new GitIdentity("john", "john@test.com"), "origin");

        Assert.Equal(
            """[["git","config","user.name","john"],["git","config","user.email","john@test.com"],["git","remote","set-url","origin","https://token:dXNlcjpwYXNz@gitlab.com/test/test.git"]]""",
            Vector(steps));
    }

    [Fact]
    public void Bitbucket_matches_CMLs_snapshot()
    {
        var steps = GitConfigPlan.For(
            DriverResolver.Bitbucket, RepositoryUrl.Parse("http://bitbucket.org/test/test"), new GitCredential("user", "pass"),
            new GitIdentity("john", "john@test.com"), "origin");

        Assert.Equal(
            """[["git","config","--unset","user.name"],["git","config","--unset","user.email"],["git","config","--unset","push.default"],["git","config","--unset","http.http://bitbucket.org/test/test.proxy"],["git","config","user.name","john"],["git","config","user.email","john@test.com"],["git","remote","set-url","origin","https://user:pass@bitbucket.org/test/test"]]""",
            Vector(steps));
    }

    [Fact]
    public void The_display_masks_the_password_and_the_remote_can_be_left_alone()
    {
        var steps = GitConfigPlan.For(
            DriverResolver.GitHub, RepositoryUrl.Parse("https://ghe.corp.com:8443/o/r"), new GitCredential("token", "s3cr/t+"),
            new GitIdentity(null, "a@b"), "upstream");

        Assert.Equal("git config --unset http.https://ghe.corp.com:8443/.extraheader", steps[0].Display);
        Assert.Equal(["remote", "set-url", "upstream", "https://token:s3cr%2Ft%2B@ghe.corp.com:8443/o/r.git"], steps[^1].Arguments);
        Assert.Equal("git remote set-url upstream https://token:***@ghe.corp.com:8443/o/r.git", steps[^1].Display);
        Assert.DoesNotContain(steps, s => s.Arguments.Contains("user.name"));

        var kept = GitConfigPlan.For(
            DriverResolver.GitHub, RepositoryUrl.Parse("https://github.com/o/r"), new GitCredential("token", "t"), new GitIdentity("n", "e"), "origin", rewriteRemote: false);
        Assert.DoesNotContain(kept, s => s.Arguments[0] == "remote");
    }

    private static string Vector(IEnumerable<GitConfigStep> steps) =>
        "[" + string.Join(",", steps.Select(s => "[" + string.Join(",", s.Arguments.Prepend("git").Select(a => $"\"{a}\"")) + "]")) + "]";
}
