namespace ContinuousMl.Plots;

/// <summary>The revision the head is compared with.</summary>
/// <param name="Label">As the user named it (<c>main</c>): legends and messages show this.</param>
/// <param name="Commit">The resolved sha the files are read at.</param>
public sealed record BaseSide(string Label, string Commit);
