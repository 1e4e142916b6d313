using ContinuousMl.Assets;
using ContinuousMl.Errors;

namespace ContinuousMl.Reports;

/// <summary>
/// The user's own section (<c>--append</c>), moved into the report's folder: the files it links (an image next to the
/// notes) are copied into <c>notes/</c> there and the links point at the copies. The folder is then complete on its
/// own, so it can be uploaded as an artifact and posted by a workflow that has no checkout.
/// </summary>
public static class ReportNotes
{
    public const string AssetFolder = "notes";

    /// <param name="notesFile">The notes as the user named them.</param>
    /// <param name="outputDirectory">The report's folder.</param>
    /// <param name="guard">Files outside the workspace are refused, as when posting.</param>
    /// <param name="cancellationToken">Cancels reading and copying.</param>
    public static async Task<string> EmbedAsync(string notesFile, string outputDirectory, WorkspaceGuard guard, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notesFile);
        ArgumentNullException.ThrowIfNull(guard);
        var path = Path.GetFullPath(notesFile);
        string text;
        try
        {
            text = await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new CmlException($"--append {notesFile}: file not found");
        }

        var document = ReportDocument.Parse(text);
        var notesDirectory = Path.GetDirectoryName(path)!;
        var copies = new Dictionary<string, string>(StringComparer.Ordinal);
        var replacements = new Dictionary<LinkReference, string>();
        foreach (var reference in document.References)
        {
            if (DataUrl.IsImage(reference.Url))
            {
                continue;
            }

            var location = guard.Resolve(notesDirectory, reference.Url, $"{notesFile}: link");
            if (location.Kind != AssetLocationKind.Local)
            {
                continue;
            }

            if (!copies.TryGetValue(location.RealPath!, out var copied))
            {
                copied = UniqueName(copies.Values, Path.GetFileName(location.FullPath!));
                var destination = Path.Combine(outputDirectory, AssetFolder, copied);
                Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
                File.Copy(location.RealPath!, destination, overwrite: true);
                copies.Add(location.RealPath!, copied);
            }

            replacements[reference] = $"{AssetFolder}/{Uri.EscapeDataString(copied)}";
        }

        return document.Splice(replacements);
    }

    private static string UniqueName(IEnumerable<string> taken, string name)
    {
        var used = new HashSet<string>(taken, StringComparer.OrdinalIgnoreCase);
        var stem = Path.GetFileNameWithoutExtension(name);
        var extension = Path.GetExtension(name);
        var candidate = name;
        for (var n = 2; used.Contains(candidate); n++)
        {
            candidate = $"{stem}-{n}{extension}";
        }

        return candidate;
    }
}
