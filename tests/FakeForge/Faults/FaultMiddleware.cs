using System.Text.Json.Nodes;
using FakeForge.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Hosting;

namespace FakeForge.Faults;

/// <summary>Answers requests that match an armed <see cref="Fault"/>, before or after the real handler.</summary>
internal sealed class FaultMiddleware(RequestDelegate next, IFaultSource faults, IHostApplicationLifetime lifetime)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var fault = faults.TakeFault(context.Request.Method, context.Request.Path.Value ?? "/");
        if (fault is null)
        {
            await next(context);
            return;
        }

        if (fault.AfterHandling)
        {
            if (!await RunHandlerAndDiscardResponseAsync(context))
            {
                return;
            }
        }

        if (fault.Delay is { } delay && !await DelayAsync(delay, context.RequestAborted, lifetime.ApplicationStopping))
        {
            context.Abort();
            return;
        }

        await WriteFaultAsync(context, fault);
    }

    /// <returns>false when the handler's answer already reached the client and cannot be replaced.</returns>
    private async Task<bool> RunHandlerAndDiscardResponseAsync(HttpContext context)
    {
        // The handler writes into a buffer we throw away, so its answer never reaches the client.
        var realBody = context.Response.Body;
        await using var discarded = new MemoryStream();
        context.Response.Body = discarded;
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = realBody;
        }

        if (context.Response.HasStarted)
        {
            context.Abort();
            return false;
        }

        context.Response.Headers.Clear();
        StandardHeaders.Apply(context);
        return true;
    }

    private static async Task<bool> DelayAsync(TimeSpan delay, CancellationToken requestAborted, CancellationToken stopping)
    {
        using var either = CancellationTokenSource.CreateLinkedTokenSource(requestAborted, stopping);
        try
        {
            await Task.Delay(delay, either.Token);
            return true;
        }
        catch (OperationCanceledException)
        {
            // The client gave up (its timeout), or the test is over and the server is stopping: nobody to answer.
            return false;
        }
    }

    private static async Task WriteFaultAsync(HttpContext context, Fault fault)
    {
        if (fault.Status == 0)
        {
            context.Abort();
            return;
        }

        var response = context.Response;
        response.StatusCode = fault.Status;
        var body = fault.Body ?? new JsonObject { ["message"] = ReasonPhrases.GetReasonPhrase(fault.Status) }.ToJsonString();
        response.ContentType = body.TrimStart().StartsWith('{') || body.TrimStart().StartsWith('[')
            ? "application/json; charset=utf-8"
            : "text/plain; charset=utf-8";
        foreach (var (name, value) in fault.Headers ?? new Dictionary<string, string>())
        {
            response.Headers[name] = value;
        }

        if (fault.Status is 204 or 304)
        {
            return;
        }

        await response.WriteAsync(body, context.RequestAborted);
    }
}
