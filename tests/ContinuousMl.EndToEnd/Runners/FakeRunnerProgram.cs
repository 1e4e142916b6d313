using System.Reflection;

namespace ContinuousMl.EndToEnd.Runners;

/// <summary>
/// tests/FakeRunner behind an executable script, so <c>--runner-binary</c> gets a program as it would get the real
/// runner's <c>bin/Runner.Listener</c>; <c>exec</c> keeps signals going to the runner itself.
/// </summary>
internal sealed class FakeRunnerProgram : IDisposable
{
    private static readonly string Dll = Path.GetFullPath(
        typeof(FakeRunnerProgram).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "FakeRunnerDll").Value!);

    private FakeRunnerProgram(string directory)
    {
        Folder = directory;
        Workdir = Path.Combine(directory, "work");
        ScriptPath = Path.Combine(directory, "fake-runner");
    }

    /// <summary>The folder holding the script and the runner's workdir.</summary>
    public string Folder { get; }

    /// <summary>A fresh folder for <c>--workdir</c>.</summary>
    public string Workdir { get; }

    /// <summary>The script to pass as <c>--runner-binary</c>.</summary>
    public string ScriptPath { get; }

    public static FakeRunnerProgram Create()
    {
        if (!File.Exists(Dll))
        {
            throw new FileNotFoundException($"build tests/FakeRunner first: {Dll} is missing");
        }

        var directory = Path.Combine(Path.GetTempPath(), "cml-fake-runner-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(directory);
        var program = new FakeRunnerProgram(directory);
        File.WriteAllText(program.ScriptPath, $"#!/bin/sh\nexec dotnet '{Dll}' \"$@\"\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(program.ScriptPath, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
        return program;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
