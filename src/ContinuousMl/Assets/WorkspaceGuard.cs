using System.Text.RegularExpressions;
using ContinuousMl.Errors;

namespace ContinuousMl.Assets;

/// <summary>
/// Decides which URLs in a report are local files we may publish. A report is often produced by code from the
/// pull request itself, so a path like <c>../../etc/passwd</c>, an absolute path or a symlink could otherwise
/// make <c>cml</c> upload secrets from the runner to a public asset store. Only files whose real location is
/// inside the workspace pass; the check only looks at names and links, never at file contents.
/// </summary>
public sealed partial class WorkspaceGuard
{
    // Linux limits symlink resolution to 40 hops (ELOOP); a longer chain is a loop or an attack.
    private const int MaxSymlinkHops = 40;

    private static readonly StringComparison PathComparison =
        OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

    private readonly string _realRoot;

    /// <param name="workspaceRoot">The absolute path of the repository checkout.</param>
    public WorkspaceGuard(string workspaceRoot)
    {
        ArgumentException.ThrowIfNullOrEmpty(workspaceRoot);
        if (!Path.IsPathFullyQualified(workspaceRoot))
        {
            throw new ArgumentException($"The workspace root must be an absolute path, not \"{workspaceRoot}\".", nameof(workspaceRoot));
        }

        Root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(workspaceRoot));

        // The root itself may sit behind a symlink (macOS /var → /private/var, a CI cache mount); files are
        // compared by real location, so the root has to be too.
        _realRoot = Path.TrimEndingDirectorySeparator(RealPath(Root));
    }

    /// <summary>The workspace root, as given (normalised).</summary>
    public string Root { get; }

    /// <summary>
    /// Classifies <paramref name="url"/>, written in a report that lives in <paramref name="reportDirectory"/>.
    /// </summary>
    /// <param name="reportDirectory">The directory of the report; relative URLs resolve against it, as in CML.</param>
    /// <param name="url">The URL as Markdown reads it (escapes resolved); may carry <c>?query</c>, <c>#fragment</c> and percent-encoding.</param>
    /// <param name="subject">Names the URL in an error, e.g. <c>report.md: image</c>.</param>
    /// <exception cref="CmlException">The URL names a file whose real location is outside the workspace.</exception>
    public AssetLocation Resolve(string reportDirectory, string url, string subject = "path")
    {
        ArgumentNullException.ThrowIfNull(reportDirectory);
        ArgumentNullException.ThrowIfNull(url);

        string? path = LocalPathOf(url, subject);
        if (path is null)
        {
            return AssetLocation.NotLocal;
        }

        // `my%20plot.png` means `my plot.png`, but CML used the text as is, so a file literally named with a `%`
        // still works: the decoded name wins when both exist. Both are guarded, so encoding cannot smuggle `..`.
        string decoded = Uri.UnescapeDataString(path);
        AssetLocation best = Locate(reportDirectory, decoded, url, subject);
        if (best.Kind != AssetLocationKind.Local && decoded != path)
        {
            AssetLocation literal = Locate(reportDirectory, path, url, subject);
            if (literal.Kind == AssetLocationKind.Local)
            {
                best = literal;
            }
        }

        return best;
    }

    // The path part of a local URL, or null when the URL points elsewhere.
    private static string? LocalPathOf(string url, string subject)
    {
        if (url.Length == 0 || url[0] == '#' || url.StartsWith("//", StringComparison.Ordinal))
        {
            return null;
        }

        string path = url;
        Match scheme = SchemePattern().Match(url);
        if (scheme.Success)
        {
            string name = scheme.Groups[1].Value;
            if (name.Equals("file", StringComparison.OrdinalIgnoreCase))
            {
                // A file: URL is an absolute path in disguise; it gets the same check instead of a free pass.
                if (!Uri.TryCreate(url, UriKind.Absolute, out Uri? fileUri) || !fileUri.IsFile)
                {
                    throw new CmlException($"{subject} \"{url}\" is not a valid file URL");
                }

                return fileUri.LocalPath;
            }

            // `C:\plots\a.png` parses as scheme `C`; on Windows it is an absolute path.
            bool drivePath = OperatingSystem.IsWindows() && name.Length == 1 && url.Length > 2 && url[2] is '\\' or '/';
            if (!drivePath)
            {
                return null;
            }
        }

        // `?query` and `#fragment` address parts of a page, not files.
        int cut = path.IndexOfAny(['?', '#']);
        if (cut >= 0)
        {
            path = path[..cut];
        }

        return path.Length == 0 ? null : path;
    }

    private AssetLocation Locate(string reportDirectory, string path, string url, string subject)
    {
        if (path.Contains('\0'))
        {
            throw new CmlException($"{subject} \"{url}\" contains a NUL character");
        }

        string fullPath = Path.GetFullPath(path, Path.GetFullPath(reportDirectory));
        string realPath = RealPath(fullPath);
        if (!IsInside(realPath, _realRoot))
        {
            throw new CmlException(
                $"{subject} \"{url}\" resolves outside the workspace ({Root}); only files inside the repository are published");
        }

        // Existence is checked on the real path: File.Exists is true for a dangling symlink.
        if (File.Exists(realPath))
        {
            return new AssetLocation(AssetLocationKind.Local, fullPath, realPath);
        }

        return Directory.Exists(realPath)
            ? new AssetLocation(AssetLocationKind.Directory, fullPath, realPath)
            : new AssetLocation(AssetLocationKind.Missing, fullPath, realPath);
    }

    private static bool IsInside(string path, string root)
    {
        if (path.Equals(root, PathComparison))
        {
            return true;
        }

        // A filesystem root ("/") already ends with a separator.
        string prefix = Path.EndsInDirectorySeparator(root) ? root : root + Path.DirectorySeparatorChar;
        return path.StartsWith(prefix, PathComparison);
    }

    /// <summary>
    /// Resolves every symlink in an absolute path, one component at a time, the way the kernel does: a link's
    /// target is resolved relative to the (already real) directory holding the link, and a <c>..</c> inside a
    /// target steps up from where the link led, not from where it was written. Components that do not exist are
    /// kept as written.
    /// </summary>
    private static string RealPath(string fullPath)
    {
        string current = Path.GetPathRoot(fullPath) ?? string.Empty;
        var pending = new Stack<string>();
        PushComponents(pending, fullPath[current.Length..]);
        int hops = 0;
        while (pending.Count > 0)
        {
            string part = pending.Pop();
            if (part == ".")
            {
                continue;
            }

            if (part == "..")
            {
                current = Path.GetDirectoryName(current) ?? current;
                continue;
            }

            string next = Path.Join(current, part);
            string? target = LinkTargetOf(next);
            if (target is null)
            {
                current = next;
                continue;
            }

            if (++hops > MaxSymlinkHops)
            {
                throw new CmlException($"too many levels of symbolic links at \"{next}\"");
            }

            if (Path.IsPathRooted(target))
            {
                string targetRoot = Path.GetPathRoot(target) ?? string.Empty;
                current = Path.IsPathFullyQualified(target) ? targetRoot : Path.GetPathRoot(current) ?? current;
                PushComponents(pending, target[targetRoot.Length..]);
            }
            else
            {
                PushComponents(pending, target);
            }
        }

        return current;
    }

    private static void PushComponents(Stack<string> pending, string relativePath)
    {
        string[] parts = relativePath.Split(
            [Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar],
            StringSplitOptions.RemoveEmptyEntries);
        for (int i = parts.Length - 1; i >= 0; i--)
        {
            pending.Push(parts[i]);
        }
    }

    private static string? LinkTargetOf(string path)
    {
        try
        {
            return new FileInfo(path).LinkTarget;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Unreadable: not followable by us either; the later read fails with its own error.
            return null;
        }
    }

    [GeneratedRegex("^([A-Za-z][A-Za-z0-9+.-]*):", RegexOptions.CultureInvariant)]
    private static partial Regex SchemePattern();
}
