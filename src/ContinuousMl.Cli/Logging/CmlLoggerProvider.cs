using Microsoft.Extensions.Logging;

namespace ContinuousMl.Cli.Logging;

/// <summary>Logs at or above <c>--log</c>'s level to the sink; stack traces only at debug.</summary>
public sealed class CmlLoggerProvider(LogSink sink, LogLevel minimum) : ILoggerProvider
{
    public ILogger CreateLogger(string categoryName) => new CmlLogger(sink, minimum);

    public void Dispose()
    {
    }
}
