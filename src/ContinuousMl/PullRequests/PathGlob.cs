using System.Text;
using System.Text.RegularExpressions;

namespace ContinuousMl.PullRequests;

/// <summary>
/// The <c>glob path...</c> of <c>cml pr create</c>, matched as CML's globby matches them (<c>dot: true</c>, directories
/// expanded to the files below them) but against paths rather than the disk, so a deleted file is matched too:
/// <c>*</c> and <c>?</c> stay within a directory, <c>**</c> spans any, <c>[…]</c> and <c>{a,b}</c> as in a shell,
/// a leading <c>!</c> excludes. Paths use <c>/</c> and are relative to the directory the globs were given in.
/// </summary>
public sealed class PathGlob
{
    private readonly Regex[] includes;
    private readonly Regex[] excludes;

    public PathGlob(IEnumerable<string> patterns)
    {
        ArgumentNullException.ThrowIfNull(patterns);
        var include = new List<Regex>();
        var exclude = new List<Regex>();
        foreach (var raw in patterns)
        {
            var negated = raw.StartsWith('!');
            var regex = new Regex(ToRegex(Normalize(negated ? raw[1..] : raw)), RegexOptions.CultureInvariant);
            (negated ? exclude : include).Add(regex);
        }

        includes = [.. include];
        excludes = [.. exclude];
    }

    /// <summary>True when some include pattern matches <paramref name="path"/> or a directory above it, and no exclude does.</summary>
    public bool IsMatch(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return Matches(includes, path) && !Matches(excludes, path);
    }

    private static bool Matches(Regex[] patterns, string path)
    {
        foreach (var pattern in patterns)
        {
            // The path itself, then each directory above it: a pattern naming a directory takes all its files.
            for (var candidate = path; candidate.Length > 0; candidate = Parent(candidate))
            {
                if (pattern.IsMatch(candidate))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static string Parent(string path)
    {
        var slash = path.LastIndexOf('/');
        return slash < 0 ? string.Empty : path[..slash];
    }

    private static string Normalize(string pattern)
    {
        var normalized = pattern.Replace('\\', '/');
        while (normalized.StartsWith("./", StringComparison.Ordinal))
        {
            normalized = normalized[2..];
        }

        return normalized.TrimEnd('/') is "." or "" ? "**" : normalized.TrimEnd('/');
    }

    private static string ToRegex(string glob)
    {
        var regex = new StringBuilder("^");
        var braces = 0;
        for (var i = 0; i < glob.Length; i++)
        {
            var c = glob[i];
            switch (c)
            {
                case '*' when i + 1 < glob.Length && glob[i + 1] == '*':
                    var wholeSegment = (i == 0 || glob[i - 1] == '/') && (i + 2 == glob.Length || glob[i + 2] == '/');
                    if (wholeSegment && i + 2 < glob.Length)
                    {
                        // "**/" is zero or more directories.
                        regex.Append("(?:.*/)?");
                        i += 2;
                    }
                    else
                    {
                        regex.Append(".*");
                        i++;
                    }

                    break;
                case '*':
                    regex.Append("[^/]*");
                    break;
                case '?':
                    regex.Append("[^/]");
                    break;
                case '[' when glob.IndexOf(']', i + 1) is var close && close > i + 1:
                    var set = glob[(i + 1)..close];
                    regex.Append('[').Append(set.StartsWith('!') ? "^" + Regex.Escape(set[1..]) : Regex.Escape(set)).Append(']');
                    i = close;
                    break;
                case '{' when glob.IndexOf('}', i + 1) > i:
                    braces++;
                    regex.Append("(?:");
                    break;
                case '}' when braces > 0:
                    braces--;
                    regex.Append(')');
                    break;
                case ',' when braces > 0:
                    regex.Append('|');
                    break;
                default:
                    regex.Append(Regex.Escape(c.ToString()));
                    break;
            }
        }

        return regex.Append('$').ToString();
    }
}
