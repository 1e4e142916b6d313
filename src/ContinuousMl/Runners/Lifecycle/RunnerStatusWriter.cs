using System.Globalization;
using System.Text;
using System.Text.Json;
using ContinuousMl.Runners.Logs;

namespace ContinuousMl.Runners.Lifecycle;

/// <summary>
/// CML's runner status lines, one JSON object per line with keys in alphabetical order (winston's format), e.g.
/// <c>{"date":"…","level":"info","message":"runner status","repo":"…","status":"ready"}</c> and
/// <c>{"level":"info","message":"runner status","reason":"timeout:300","status":"terminated"}</c>. Tools that
/// watched CML runners (TPI reads <c>journalctl -u cml</c>) look for exactly these.
/// </summary>
public sealed class RunnerStatusWriter(TextWriter output, string repository, TimeProvider time)
{
    private const string Message = "runner status";
    private readonly Lock gate = new();

    public void Write(RunnerLogEvent logEvent)
    {
        ArgumentNullException.ThrowIfNull(logEvent);
        var status = logEvent.Kind switch
        {
            RunnerLogEventKind.Ready => "ready",
            RunnerLogEventKind.JobStarted => "job_started",
            _ => "job_ended",
        };
        WriteLine(json =>
        {
            json.WriteString("date", time.GetUtcNow().UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture));
            if (logEvent.Job is not null)
            {
                json.WriteString("job", logEvent.Job);
            }

            json.WriteString("level", "info");
            json.WriteString("message", Message);
            if (logEvent.Pipeline is not null)
            {
                json.WriteString("pipeline", logEvent.Pipeline);
            }

            json.WriteString("repo", repository);
            json.WriteString("status", status);
            if (logEvent.Success is { } success)
            {
                json.WriteBoolean("success", success);
            }
        });
    }

    public void WriteTerminated(StopReason reason)
    {
        ArgumentNullException.ThrowIfNull(reason);
        WriteLine(json =>
        {
            json.WriteString("level", reason.IsError ? "error" : "info");
            json.WriteString("message", Message);
            json.WriteString("reason", reason.Reason);
            json.WriteString("status", "terminated");
        });
    }

    private void WriteLine(Action<Utf8JsonWriter> body)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            body(json);
            json.WriteEndObject();
        }

        var line = Encoding.UTF8.GetString(buffer.ToArray());
        lock (gate)
        {
            output.WriteLine(line);
            output.Flush();
        }
    }
}
