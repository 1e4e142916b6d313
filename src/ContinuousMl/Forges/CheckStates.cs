using ContinuousMl.Errors;

namespace ContinuousMl.Forges;

/// <summary>The names CML (and GitHub) give to check conclusions and statuses, in both directions.</summary>
public static class CheckStates
{
    public static readonly IReadOnlyList<string> ConclusionNames = ["success", "failure", "neutral", "cancelled", "skipped", "timed_out"];

    public static readonly IReadOnlyList<string> StatusNames = ["queued", "in_progress", "completed"];

    public static string Name(CheckConclusion conclusion) => ConclusionNames[(int)conclusion];

    public static string Name(CheckStatus status) => StatusNames[(int)status];

    /// <exception cref="CmlException">When <paramref name="name"/> is not one of <see cref="ConclusionNames"/> (exit code 2).</exception>
    public static CheckConclusion ParseConclusion(string name) =>
        (CheckConclusion)IndexOf(ConclusionNames, name, "--conclusion");

    /// <exception cref="CmlException">When <paramref name="name"/> is not one of <see cref="StatusNames"/> (exit code 2).</exception>
    public static CheckStatus ParseStatus(string name) =>
        (CheckStatus)IndexOf(StatusNames, name, "--status");

    private static int IndexOf(IReadOnlyList<string> names, string name, string flag)
    {
        ArgumentNullException.ThrowIfNull(name);
        for (var i = 0; i < names.Count; i++)
        {
            if (string.Equals(names[i], name.Trim(), StringComparison.Ordinal))
            {
                return i;
            }
        }

        throw new CmlException($"{flag} \"{name}\" is not one of {string.Join(", ", names)}", ExitCodes.Usage);
    }
}
