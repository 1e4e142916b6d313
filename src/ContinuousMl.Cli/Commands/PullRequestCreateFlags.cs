using System.CommandLine;
using ContinuousMl.Cli.Binding;

namespace ContinuousMl.Cli.Commands;

/// <summary>
/// The flags of <c>pr create</c>, bound to <c>CML_PR_*</c>. Built twice: visible on <c>pr create</c>, hidden on the
/// <c>pr</c> parent that acts as it (an option's visibility belongs to the option, not to the command).
/// </summary>
public sealed class PullRequestCreateFlags
{
    public const string DefaultUserName = "Olivaw[bot]";
    public const string DefaultUserEmail = "olivaw@iterative.ai";

    public PullRequestCreateFlags(BoundOptions bind, bool hidden)
    {
        ArgumentNullException.ThrowIfNull(bind);
        Md = bind.Flag("--md", "Output in markdown format [](url)", hidden: hidden);
        SkipCi = bind.Flag("--skip-ci", "Force skip CI for the created commit (if any)", hidden: hidden);
        Merge = bind.Flag("--merge", "Try to merge the pull request upon creation", hidden: hidden, aliases: "--auto-merge");
        Rebase = bind.Flag("--rebase", "Try to rebase-merge the pull request upon creation", hidden: hidden);
        Squash = bind.Flag("--squash", "Try to squash-merge the pull request upon creation", hidden: hidden);
        Branch = bind.Text("--branch", "Pull request branch name [default: <target>-cml-pr-<sha8>]", hidden: hidden);
        TargetBranch = bind.Text("--target-branch", "Pull request target branch name [default: the run's branch]", hidden: hidden);
        Title = bind.Text("--title", "Pull request title", hidden: hidden);
        Body = bind.Text("--body", "Pull request description", hidden: hidden);
        Message = bind.Text("--message", "Commit message", hidden: hidden);
        Remote = bind.Text("--remote", "Git remote", "origin", hidden);
        UserEmail = bind.Text("--user-email", "Git user email", DefaultUserEmail, hidden);
        UserName = bind.Text("--user-name", "Git user name", DefaultUserName, hidden);
    }

    public Option<bool> Md { get; }

    public Option<bool> SkipCi { get; }

    public Option<bool> Merge { get; }

    public Option<bool> Rebase { get; }

    public Option<bool> Squash { get; }

    public Option<string?> Branch { get; }

    public Option<string?> TargetBranch { get; }

    public Option<string?> Title { get; }

    public Option<string?> Body { get; }

    public Option<string?> Message { get; }

    public Option<string?> Remote { get; }

    public Option<string?> UserEmail { get; }

    public Option<string?> UserName { get; }

    public IEnumerable<Option> All => [Md, SkipCi, Merge, Rebase, Squash, Branch, TargetBranch, Title, Body, Message, Remote, UserEmail, UserName];
}
