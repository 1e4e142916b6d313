using ContinuousMl.GitHub;
using Octokit;

namespace ContinuousMl.Tests.GitHub;

public sealed class GitHubSerializerWarmUpTests
{
    [Fact]
    public void The_samples_reach_every_nested_type_a_comment_command_reads()
    {
        var comment = GitHubSerializerWarmUp.Prime();

        Assert.Equal("a", comment.User.Login);
        Assert.NotNull(comment.Reactions);
        Assert.Equal(AuthorAssociation.None, comment.AuthorAssociation.Value);
    }
}
