using System.Globalization;
using System.Text;

namespace ContinuousMl.Runners.Launch;

/// <summary>
/// The script a cloud instance runs at boot: install <c>cml</c> (our release binary, pinned to this version),
/// run the user's <c>--cloud-startup-script</c>, then start <c>cml runner launch</c> in local mode with the same
/// labels and lifecycle flags and <c>--cloud-self</c>, so the instance removes itself when its runner is done. The
/// forge token reaches the runner through the environment, never its command line; the script itself is a
/// secret (providers pass it as user data and never log it).
/// </summary>
public static class CloudStartupScript
{
    public const string ReleaseBase = "https://github.com/continuous-ml/continuous-ml/releases/download";

    /// <param name="flags">The runner's flags on the instance.</param>
    /// <param name="token">The forge token (a secret).</param>
    /// <param name="cmlVersion">Our version (<c>0.1.0</c>), or an http(s) URL of a <c>cml</c> binary to install instead.</param>
    /// <param name="userScript">The decoded <c>--cloud-startup-script</c>, or null.</param>
    public static string Build(InstanceRunnerFlags flags, string token, string cmlVersion, string? userScript)
    {
        ArgumentNullException.ThrowIfNull(flags);
        var script = new StringBuilder();
        script.Append("#!/bin/bash\n");
        script.Append("# Written by cml runner launch: installs cml, runs the user's startup script, starts the runner.\n");
        script.Append("set -euo pipefail\n");
        script.Append("case \"$(uname -m)\" in aarch64|arm64) arch=arm64 ;; *) arch=x64 ;; esac\n");
        var url = cmlVersion.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || cmlVersion.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            ? Quote(cmlVersion)
            : $"\"{ReleaseBase}/v{cmlVersion.TrimStart('v')}/cml-linux-${{arch}}\"";
        // An image that ships cml (our container image) skips the download.
        script.Append("if [ ! -x /usr/local/bin/cml ]; then\n");
        script.Append("  for try in 1 2 3 4 5; do curl -fsSL -o /usr/local/bin/cml ").Append(url).Append(" || wget -qO /usr/local/bin/cml ").Append(url).Append(" && break; sleep 5; done\n");
        script.Append("  chmod 755 /usr/local/bin/cml\n");
        script.Append("fi\n");
        if (!string.IsNullOrWhiteSpace(userScript))
        {
            // A quoted heredoc: the user's script is written byte for byte, no expansion.
            var marker = "CML_USER_STARTUP_" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
            script.Append("cat > /tmp/cml-user-startup.sh <<'").Append(marker).Append("'\n");
            script.Append(userScript.ReplaceLineEndings("\n").TrimEnd('\n')).Append('\n');
            script.Append(marker).Append('\n');
            script.Append("bash /tmp/cml-user-startup.sh\n");
        }

        script.Append("mkdir -p /opt/cml\n");
        script.Append("export REPO_TOKEN=").Append(Quote(token)).Append('\n');
        script.Append("export RUNNER_ALLOW_RUNASROOT=1\n");
        var arguments = new List<string>
        {
            "runner", "launch",
            "--driver", flags.Driver,
            "--repo", flags.Repository,
            "--name", flags.Name,
            "--labels", string.Join(',', flags.Labels),
            "--idle-timeout", flags.IdleTimeout,
            "--workdir", "/opt/cml/runner",
            "--cloud-self", flags.Cloud,
        };
        if (flags.Single)
        {
            arguments.Add("--single");
        }

        if (flags.NoRetry)
        {
            arguments.Add("--no-retry");
        }

        if (flags.MaxLifetime is { } lifetime)
        {
            arguments.AddRange(["--max-lifetime", ((long)lifetime.TotalSeconds).ToString(CultureInfo.InvariantCulture)]);
        }

        foreach (var volume in flags.DockerVolumes)
        {
            arguments.AddRange(["--docker-volumes", volume]);
        }

        // _CML_RUNNER_SENSITIVE_ENV keeps the token out of the jobs' environment.
        script.Append("export _CML_RUNNER_SENSITIVE_ENV=REPO_TOKEN\n");
        script.Append("cd /opt/cml && HOME=/root exec /usr/local/bin/cml ").Append(string.Join(' ', arguments.Select(Quote))).Append('\n');
        return script.ToString();
    }

    /// <summary>Single-quotes <paramref name="value"/> for bash.</summary>
    public static string Quote(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value.Length > 0 && value.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '/' or ':' or ',' or '=' or '@')
            ? value
            : "'" + value.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
    }
}
