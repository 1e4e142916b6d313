using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace ContinuousMl.Cli.Logging;

/// <summary>
/// Where log lines go: stderr, human-readable on a terminal, one JSON object per line (keys sorted, as CML's
/// winston writes them) otherwise; in GitHub Actions warnings become <c>::warning::</c> annotations. Every line
/// passes through the redactor first, so a token never reaches the log.
/// </summary>
public sealed class LogSink(TextWriter writer, bool json, bool actionsAnnotations, Func<string, string> redact)
{
    private readonly Lock gate = new();

    public void Write(LogLevel level, string message, Exception? exception)
    {
        message = redact(message);
        string line;
        if (actionsAnnotations && level == LogLevel.Warning)
        {
            line = "::warning::" + message;
        }
        else if (json)
        {
            line = Json(level, message, exception is null ? null : redact(exception.ToString()));
        }
        else
        {
            line = exception is null ? $"{LevelName(level)}: {message}" : $"{LevelName(level)}: {message}\n{redact(exception.ToString())}";
        }

        lock (gate)
        {
            writer.WriteLine(line);
            writer.Flush();
        }
    }

    public static string LevelName(LogLevel level) => level switch
    {
        LogLevel.Trace or LogLevel.Debug => "debug",
        LogLevel.Information => "info",
        LogLevel.Warning => "warn",
        _ => "error",
    };

    private static string Json(LogLevel level, string message, string? stack)
    {
        var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("level", LevelName(level));
            json.WriteString("message", message);
            if (stack is not null)
            {
                json.WriteString("stack", stack);
            }

            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
