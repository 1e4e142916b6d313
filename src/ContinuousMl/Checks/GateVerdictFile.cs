using System.Text.Json;
using ContinuousMl.Errors;

namespace ContinuousMl.Checks;

/// <summary>
/// Reads the output of <c>cml metrics diff --json --fail-on …</c> for <c>cml check create --conclusion-from-gates</c>.
/// The contract: a JSON object; a top-level boolean <c>"passed"</c>, when present, is the verdict; otherwise
/// the gates failed when any metric (<c>{path: {metric: {…}}}</c>) carries a non-empty <c>"failed"</c> array of
/// the rules it broke, and passed when none does. The diff is produced in an earlier step (which exits 1 when a
/// gate fails), so the check can still be posted with the right conclusion.
/// </summary>
public static class GateVerdictFile
{
    private const string VerdictProperty = "passed";
    private const string FailedProperty = "failed";

    /// <exception cref="CmlException">The file is missing, unreadable, or not a metrics diff in JSON.</exception>
    public static async Task<GateVerdict> ReadAsync(string path, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(path);
        byte[] content;
        try
        {
            content = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new CmlException($"--conclusion-from-gates {path}: file not found; write it first with `cml metrics diff --json --fail-on RULES > {path}`");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CmlException($"--conclusion-from-gates {path}: cannot read it ({ex.Message})", inner: ex);
        }

        return Parse(content, path);
    }

    /// <param name="json">The file's bytes.</param>
    /// <param name="path">Names the file in errors.</param>
    /// <exception cref="CmlException">The bytes are not a metrics diff in JSON.</exception>
    public static GateVerdict Parse(ReadOnlySpan<byte> json, string path)
    {
        JsonDocument document;
        try
        {
            var reader = new Utf8JsonReader(json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            document = JsonDocument.ParseValue(ref reader);
        }
        catch (JsonException ex)
        {
            throw new CmlException($"--conclusion-from-gates {path}: not JSON ({ex.Message}); expected the output of `cml metrics diff --json`", inner: ex);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new CmlException($"--conclusion-from-gates {path}: expected a JSON object (the output of `cml metrics diff --json`), found {root.ValueKind.ToString().ToLowerInvariant()}");
            }

            var failures = new List<string>();
            bool? stated = null;
            foreach (var file in root.EnumerateObject())
            {
                // A metrics file may be called "passed"; only a boolean there is a verdict.
                if (file.NameEquals(VerdictProperty) && file.Value.ValueKind is JsonValueKind.True or JsonValueKind.False)
                {
                    stated = file.Value.GetBoolean();
                    continue;
                }

                if (file.Value.ValueKind != JsonValueKind.Object)
                {
                    continue;
                }

                foreach (var metric in file.Value.EnumerateObject())
                {
                    if (metric.Value.ValueKind == JsonValueKind.Object
                        && metric.Value.TryGetProperty(FailedProperty, out var failed)
                        && failed.ValueKind == JsonValueKind.Array)
                    {
                        foreach (var rule in failed.EnumerateArray())
                        {
                            failures.Add($"{file.Name}: {metric.Name} broke {(rule.ValueKind == JsonValueKind.String ? rule.GetString() : rule.GetRawText())}");
                        }
                    }
                }
            }

            return new GateVerdict(stated ?? failures.Count == 0, failures);
        }
    }
}
