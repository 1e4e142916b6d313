using System.Diagnostics;
using System.Reflection;

namespace ContinuousMl.EndToEnd.Infrastructure;

/// <summary>
/// Runs the real <c>cml</c> entry point as a child process with exactly the environment a test gives it: the
/// machine's own CI variables (GITHUB_*, tokens) never leak in. <c>CML_E2E_BINARY</c> names a published <c>cml</c>
/// executable (the native build) to run instead of the JIT build's <c>cml.dll</c>: a type Octokit creates by
/// reflection and the native compiler dropped only shows up when the native binary runs the same scenarios.
/// </summary>
public static class CmlProcess
{
    private static readonly string CmlDll = Path.GetFullPath(
        typeof(CmlProcess).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "CmlDll").Value!);

    private static readonly string? Binary = Environment.GetEnvironmentVariable("CML_E2E_BINARY") is { Length: > 0 } path ? Path.GetFullPath(path) : null;

    private static readonly string[] Inherited = ["PATH", "HOME", "DOTNET_ROOT", "DOTNET_CLI_HOME", "TMPDIR", "LANG"];

    public static async Task<CmlResult> RunAsync(string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        using var process = Process.Start(StartInfo(workingDirectory, environment, args))!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"cml {string.Join(' ', args)} did not finish in 90 s:\n{await stderr}");
        }

        return new CmlResult(process.ExitCode, await stdout, await stderr);
    }

    /// <summary>Starts a long-running <c>cml</c> (e.g. <c>--watch</c>); the caller stops it.</summary>
    public static RunningCml Start(string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] args) =>
        new(Process.Start(StartInfo(workingDirectory, environment, args))!);

    private static ProcessStartInfo StartInfo(string workingDirectory, IReadOnlyDictionary<string, string> environment, string[] args)
    {
        var program = Binary ?? CmlDll;
        if (!File.Exists(program))
        {
            throw new FileNotFoundException(Binary is null ? $"build src/ContinuousMl.Cli first: {CmlDll} is missing" : $"CML_E2E_BINARY names {Binary}, which does not exist");
        }

        var start = new ProcessStartInfo(Binary ?? "dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (Binary is null)
        {
            start.ArgumentList.Add(CmlDll);
        }

        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment.Clear();
        foreach (var name in Inherited)
        {
            if (Environment.GetEnvironmentVariable(name) is { } value)
            {
                start.Environment[name] = value;
            }
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["AWS_EC2_METADATA_DISABLED"] = "true";
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        return start;
    }
}
