namespace ContinuousMl.Git;

/// <summary>One git command of <c>repo prepare</c>.</summary>
/// <param name="Arguments">git's arguments (without <c>git</c>); may hold a secret.</param>
/// <param name="Display">The command as logs and errors show it, secrets masked.</param>
/// <param name="MayFail">A <c>git config --unset</c> of something that is not set fails harmlessly, as in CML.</param>
public sealed record GitConfigStep(IReadOnlyList<string> Arguments, string Display, bool MayFail);
