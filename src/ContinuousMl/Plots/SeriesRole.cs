namespace ContinuousMl.Plots;

/// <summary>Which side of a comparison a series comes from.</summary>
public enum SeriesRole
{
    /// <summary>The files as they are now (this branch's run).</summary>
    Head,

    /// <summary>The same files read from git at <c>--base</c>.</summary>
    Base,
}
