using Microsoft.AspNetCore.Http;

namespace FakeClouds.Hosting;

/// <summary>Reads a request into a <see cref="RecordedCloudRequest"/> without consuming it for the handler.</summary>
public static class RequestCapture
{
    public static async Task<RecordedCloudRequest> CaptureAsync(HttpRequest request)
    {
        request.EnableBuffering();
        using var reader = new StreamReader(request.Body, leaveOpen: true);
        var body = await reader.ReadToEndAsync();
        request.Body.Position = 0;

        var parameters = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, values) in request.Query)
        {
            parameters[name] = values.ToString();
        }

        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync();
            foreach (var (name, values) in form)
            {
                parameters[name] = values.ToString();
            }

            request.Body.Position = 0;
        }

        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, values) in request.Headers)
        {
            headers[name] = values.ToString();
        }

        return new RecordedCloudRequest(request.Method, request.Path.Value ?? "/", parameters, headers, body);
    }
}
