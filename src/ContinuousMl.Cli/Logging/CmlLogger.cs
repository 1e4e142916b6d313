using Microsoft.Extensions.Logging;

namespace ContinuousMl.Cli.Logging;

internal sealed class CmlLogger(LogSink sink, LogLevel minimum) : ILogger
{
    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => logLevel >= minimum && logLevel != LogLevel.None;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        if (IsEnabled(logLevel))
        {
            sink.Write(logLevel, formatter(state, exception), minimum <= LogLevel.Debug ? exception : null);
        }
    }
}
