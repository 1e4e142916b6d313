using ContinuousMl.Ci;

namespace ContinuousMl.Cli.Binding;

/// <summary>
/// The environment as CML's start-up rewrites it before parsing: legacy prefixes copied to the new ones and
/// the global <c>CML_TOKEN</c>, <c>CML_REPO</c>, <c>CML_DRIVER</c>, <c>CML_LOG</c> fanned out to every command.
/// </summary>
public static class CmlEnvironment
{
    private static readonly (string Legacy, string Current)[] LegacyPrefixes =
    [
        ("CML_CI_", "CML_REPO_"),
        ("CML_PUBLISH_", "CML_ASSET_"),
        ("CML_RERUN_WORKFLOW_", "CML_WORKFLOW_"),
        ("CML_SEND_COMMENT_", "CML_COMMENT_"),
        ("CML_SEND_GITHUB_CHECK_", "CML_CHECK_"),
        ("CML_TENSORBOARD_DEV_", "CML_TENSORBOARD_"),
    ];

    // CML's legacy runner variables (reference §1.6); RUNNER_NAME is left out on purpose (GitHub sets it in every job).
    private static readonly string[] LegacyRunnerVariables = ["IDLE_TIMEOUT", "LABELS", "SINGLE", "REUSE", "NO_RETRY", "DRIVER", "REPO", "PATH"];

    private static readonly string[] LegacyRunnerBooleans = ["SINGLE", "REUSE", "NO_RETRY"];

    private static readonly string[] Globals = ["DRIVER", "DRIVER_TOKEN", "LOG", "REPO", "TOKEN"];

    // CML's commands, then ours (metrics, params, plot), so CML_LOG and friends reach every command.
    private static readonly string[] CommandPrefixes = ["ASSET", "CHECK", "COMMENT", "PR", "REPO", "RUNNER", "TENSORBOARD", "WORKFLOW", "METRICS", "PARAMS", "PLOT"];

    public static DictionaryEnvironment Expand(IEnvironmentVariables environment)
    {
        var source = environment.All();
        var expanded = new DictionaryEnvironment(source);
        foreach (var (name, value) in source)
        {
            foreach (var (legacy, current) in LegacyPrefixes)
            {
                if (name.StartsWith(legacy, StringComparison.Ordinal))
                {
                    // Moved, not copied: CML_TENSORBOARD_DEV_X left in place would read as an unknown
                    // CML_TENSORBOARD_* option.
                    expanded[current + name[legacy.Length..]] = value;
                    expanded[name] = null;
                }
            }
        }

        foreach (var variable in LegacyRunnerVariables)
        {
            // Only when set and not already given the new way: CML_RUNNER_* is the more deliberate of the two.
            if (source.GetValueOrDefault("RUNNER_" + variable) is { Length: > 0 } value && !source.ContainsKey("CML_RUNNER_" + variable))
            {
                // CML read RUNNER_NO_RETRY=1 as false (env booleans are === 'true'); 1 and yes mean yes here.
                expanded["CML_RUNNER_" + variable] = LegacyRunnerBooleans.Contains(variable) && value.Trim() is "1" or "yes" or "TRUE" or "True" ? "true" : value;
            }
        }

        foreach (var global in Globals)
        {
            if (source.TryGetValue("CML_" + global, out var value))
            {
                foreach (var prefix in CommandPrefixes)
                {
                    expanded[$"CML_{prefix}_{global}"] = value;
                }
            }
        }

        return expanded;
    }

    /// <summary><c>watermark-title</c> under <c>COMMENT</c> ⇒ <c>CML_COMMENT_WATERMARK_TITLE</c>.</summary>
    public static string VariableName(string prefix, string optionName) =>
        $"CML_{prefix}_{optionName.TrimStart('-').Replace('-', '_').ToUpperInvariant()}";
}
