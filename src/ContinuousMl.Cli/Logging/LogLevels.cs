using Microsoft.Extensions.Logging;

namespace ContinuousMl.Cli.Logging;

/// <summary>CML's <c>--log</c> names.</summary>
public static class LogLevels
{
    public static readonly string[] Names = ["error", "warn", "info", "debug"];

    public static LogLevel Parse(string? name) => name switch
    {
        "error" => LogLevel.Error,
        "warn" => LogLevel.Warning,
        "debug" => LogLevel.Debug,
        _ => LogLevel.Information,
    };
}
