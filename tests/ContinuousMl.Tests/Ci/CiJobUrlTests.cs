using ContinuousMl.Ci;

namespace ContinuousMl.Tests.Ci;

public class CiJobUrlTests
{
    [Theory]
    [InlineData(GitHubActions.CiName, "https://github.com/o/r", "4242", "https://github.com/o/r/actions/runs/4242")]
    [InlineData(GitLabCi.CiName, "https://gitlab.com/g/s/p", "2002", "https://gitlab.com/g/s/p/-/jobs/2002")]
    [InlineData(BitbucketPipelines.CiName, "https://bitbucket.org/w/r", "42", "https://bitbucket.org/w/r/pipelines/results/42")]
    public void The_job_page_of_each_CI(string ci, string repository, string run, string expected)
    {
        Assert.Equal(expected, CiJobUrl.Of(new CiContext { Name = ci, RepositoryUrl = repository, RunId = run }));
    }

    [Theory]
    [InlineData("local", "https://github.com/o/r", "1")]
    [InlineData(GitHubActions.CiName, null, "1")]
    [InlineData(GitHubActions.CiName, "https://github.com/o/r", null)]
    public void Unknown_outside_CI_or_without_the_run(string ci, string? repository, string? run)
    {
        Assert.Null(CiJobUrl.Of(new CiContext { Name = ci, RepositoryUrl = repository, RunId = run }));
    }
}
