using System.CommandLine;
using ContinuousMl.Ci;
using ContinuousMl.Cli.Binding;
using ContinuousMl.Cli.Commands;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ContinuousMl.Cli.Hosting;

/// <summary>
/// What every command's action shares: the expanded environment, the console, the redactor, and the host built
/// for the run. A command only says what it does with the services.
/// </summary>
public sealed class CommandRuntime(IEnvironmentVariables environment, CmlConsole console, SecretRedactor redactor, Action<IServiceCollection>? configureServices = null)
{
    public IEnvironmentVariables Environment => environment;

    public CmlConsole Console => console;

    public SecretRedactor Redactor => redactor;

    /// <summary>True once a command runs with <c>--log debug</c>: errors then carry their stack trace.</summary>
    public bool Debug { get; private set; }

    public async Task<int> RunAsync(
        string? logLevel,
        BoundOptions binding,
        string? deprecation,
        Func<IServiceProvider, CancellationToken, Task<int>> body,
        CancellationToken cancellationToken)
    {
        Debug = logLevel == "debug";
        await using var services = CmlServices.Build(console, environment, redactor, logLevel, configureServices);
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger("cml");
        if (deprecation is not null)
        {
            logger.LogWarning("{Deprecation}", deprecation);
        }

        foreach (var unknown in binding.UnknownVariables())
        {
            logger.LogWarning("{Variable} is not an option of this command; ignored", unknown);
        }

        return await body(services, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Sets a command's action: read its settings and the global options from the parse, then run the handler in
    /// a host built for this run.
    /// </summary>
    public void SetAction<TSettings>(
        Command command,
        GlobalOptions globals,
        BoundOptions binding,
        string? deprecation,
        Func<ParseResult, TSettings> read,
        Func<IServiceProvider, GlobalSettings, TSettings, CancellationToken, Task<int>> run) =>
        command.SetAction((result, cancellationToken) =>
        {
            var settings = read(result);
            var global = globals.Read(result);
            return RunAsync(global.Log, binding, deprecation, (services, token) => run(services, global, settings, token), cancellationToken);
        });
}
