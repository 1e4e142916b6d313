namespace ContinuousMl.Forges;

/// <summary>A runner as the forge lists it.</summary>
/// <param name="Id">The forge's id: a number on GitHub and GitLab, a <c>{uuid}</c> on Bitbucket.</param>
/// <param name="Name">The runner's name (GitLab's description).</param>
/// <param name="Labels">Its labels (GitLab's tags); empty when the forge did not say.</param>
/// <param name="Online">Connected to the forge right now.</param>
/// <param name="Busy">Running a job right now.</param>
public sealed record RegisteredRunner(string Id, string Name, IReadOnlyList<string> Labels, bool Online, bool Busy)
{
    /// <summary>True when the runner carries every one of <paramref name="labels"/> (case-insensitive, as the forges match them).</summary>
    public bool HasAllLabels(IEnumerable<string> labels) =>
        labels.All(label => Labels.Contains(label, StringComparer.OrdinalIgnoreCase));
}
