namespace ContinuousMl.Git;

/// <summary>What a path names at a revision.</summary>
public enum GitObjectKind
{
    Missing,
    File,
    Folder,
}
