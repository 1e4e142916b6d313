namespace ContinuousMl.Tests.Assets;

/// <summary>
/// A scratch directory holding a <c>repo</c> folder (the workspace root) and an <c>outside</c> folder next to it,
/// so escapes can be tried against real files and symlinks.
/// </summary>
public sealed class TempWorkspace : IDisposable
{
    public TempWorkspace()
    {
        Base = Path.Combine(Path.GetTempPath(), "cml-ws-" + Guid.NewGuid().ToString("N"));
        Root = Path.Combine(Base, "repo");
        Outside = Path.Combine(Base, "outside");
        Directory.CreateDirectory(Root);
        Directory.CreateDirectory(Outside);
    }

    public string Base { get; }

    public string Root { get; }

    public string Outside { get; }

    /// <summary>Writes a file under the root (relative path) and returns its full path.</summary>
    public string WriteFile(string relativePath, byte[] content)
    {
        string path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, content);
        return path;
    }

    public string WriteFile(string relativePath, string content) =>
        WriteFile(relativePath, System.Text.Encoding.UTF8.GetBytes(content));

    public string WriteOutside(string relativePath, string content)
    {
        string path = Path.Combine(Outside, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return path;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Base, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
