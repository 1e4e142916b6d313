using System.Formats.Tar;
using System.IO.Compression;
using System.Runtime.InteropServices;
using System.Text.Json;
using ContinuousMl.Errors;
using Microsoft.Extensions.Logging;

namespace ContinuousMl.Runners.Local;

/// <summary>
/// Fetches the official runner programs into the runner's folder, as CML does, through our resilient HTTP
/// client: GitHub's actions runner (latest release, unpacked in-process, Linux and macOS on x64 and arm64) and
/// GitLab's <c>gitlab-runner</c> binary. An install already in the folder is reused. The bases are injectable so
/// tests serve the files from 127.0.0.1.
/// </summary>
public sealed class RunnerDownloader(HttpClient http, ILogger logger, Uri? gitHubApi = null, Uri? gitHubDownloads = null, Uri? gitLabDownloads = null)
{
    public static readonly Uri DefaultGitHubApi = new("https://api.github.com/");
    public static readonly Uri DefaultGitHubDownloads = new("https://github.com/");
    public static readonly Uri DefaultGitLabDownloads = new("https://gitlab-runner-downloads.s3.amazonaws.com/");

    private readonly Uri gitHubApi = gitHubApi ?? DefaultGitHubApi;
    private readonly Uri gitHubDownloads = gitHubDownloads ?? DefaultGitHubDownloads;
    private readonly Uri gitLabDownloads = gitLabDownloads ?? DefaultGitLabDownloads;

    /// <summary>The unpacked actions runner in <paramref name="workdir"/> (its folder, holding <c>config.sh</c>).</summary>
    public async Task<string> GitHubRunnerAsync(string workdir, CancellationToken cancellationToken)
    {
        if (File.Exists(Path.Combine(workdir, "config.sh")))
        {
            // A runner configured here before: forget that registration and reuse the install, as CML does.
            File.Delete(Path.Combine(workdir, ".runner"));
            logger.LogInformation("reusing the GitHub actions runner in {Workdir}", workdir);
            return workdir;
        }

        var platform = GitHubPlatform();
        var tag = await LatestGitHubTagAsync(cancellationToken).ConfigureAwait(false);
        var version = tag.TrimStart('v');
        var url = new Uri(gitHubDownloads, $"actions/runner/releases/download/{tag}/actions-runner-{platform}-{version}.tar.gz");
        logger.LogInformation("downloading the GitHub actions runner {Version} ({Platform})", version, platform);
        try
        {
            using var response = await http.GetAsync(url, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
            response.EnsureSuccessStatusCode();
            var archive = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            await using (archive.ConfigureAwait(false))
            {
                var unzipped = new GZipStream(archive, CompressionMode.Decompress);
                await using (unzipped.ConfigureAwait(false))
                {
                    await TarFile.ExtractToDirectoryAsync(unzipped, workdir, overwriteFiles: true, cancellationToken).ConfigureAwait(false);
                }
            }
        }
        catch (Exception ex) when (ex is HttpRequestException or IOException or InvalidDataException)
        {
            throw new CmlException($"Failed preparing GitHub runner: could not download {url} ({ex.Message}); pass --runner-binary to use a runner already on this machine", ExitCodes.Failure, ex);
        }

        return workdir;
    }

    /// <summary>The <c>gitlab-runner</c> binary in <paramref name="workdir"/>, downloaded when missing.</summary>
    public async Task<string> GitLabRunnerAsync(string workdir, CancellationToken cancellationToken)
    {
        var binary = Path.Combine(workdir, "gitlab-runner");
        if (File.Exists(binary))
        {
            return binary;
        }

        var os = OperatingSystem.IsMacOS() ? "darwin" : "linux";
        var arch = RuntimeInformation.OSArchitecture == Architecture.Arm64 ? "arm64" : "amd64";
        var url = new Uri(gitLabDownloads, $"latest/binaries/gitlab-runner-{os}-{arch}");
        logger.LogInformation("downloading gitlab-runner ({Os}-{Arch})", os, arch);
        try
        {
            using var response = await http.GetAsync(url, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
            response.EnsureSuccessStatusCode();
            var partial = binary + ".download";
            var file = File.Create(partial);
            await using (file.ConfigureAwait(false))
            {
                await response.Content.CopyToAsync(file, cancellationToken).ConfigureAwait(false);
            }

            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(partial, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute
                    | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
            }

            File.Move(partial, binary, overwrite: true);
        }
        catch (Exception ex) when (ex is HttpRequestException or IOException)
        {
            throw new CmlException($"Failed preparing Gitlab runner: could not download {url} ({ex.Message}); pass --runner-binary to use a gitlab-runner already on this machine", ExitCodes.Failure, ex);
        }

        return binary;
    }

    /// <summary>The actions runner's platform name: <c>linux-x64</c>, <c>linux-arm64</c>, <c>osx-x64</c>, <c>osx-arm64</c>.</summary>
    public static string GitHubPlatform()
    {
        var os = OperatingSystem.IsMacOS() ? "osx" : OperatingSystem.IsLinux() ? "linux"
            : throw new CmlException("the GitHub actions runner is started on Linux and macOS only; pass --runner-binary on other systems");
        var arch = RuntimeInformation.OSArchitecture switch
        {
            Architecture.X64 => "x64",
            Architecture.Arm64 => "arm64",
            var other => throw new CmlException($"the GitHub actions runner has no build for {other}; pass --runner-binary"),
        };
        return $"{os}-{arch}";
    }

    private async Task<string> LatestGitHubTagAsync(CancellationToken cancellationToken)
    {
        var url = new Uri(gitHubApi, "repos/actions/runner/releases/latest");
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            request.Headers.UserAgent.ParseAdd("continuous-ml");
            request.Headers.Accept.ParseAdd("application/vnd.github+json");
            using var response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
            response.EnsureSuccessStatusCode();
            var body = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            await using (body.ConfigureAwait(false))
            {
                using var json = await JsonDocument.ParseAsync(body, cancellationToken: cancellationToken).ConfigureAwait(false);
                return json.RootElement.TryGetProperty("tag_name", out var tag) && tag.GetString() is { Length: > 1 } name
                    ? name
                    : throw new InvalidDataException("the release has no tag_name");
            }
        }
        catch (Exception ex) when (ex is HttpRequestException or IOException or InvalidDataException or JsonException)
        {
            throw new CmlException($"Failed preparing GitHub runner: could not read the latest actions runner release from {url} ({ex.Message}); pass --runner-binary to use a runner already on this machine", ExitCodes.Failure, ex);
        }
    }
}
