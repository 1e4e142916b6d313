using Microsoft.Extensions.Logging;

namespace ContinuousMl.Http;

/// <summary>Hands the shared pipeline this client's logger, so a retry is reported under the client's own category.</summary>
internal sealed class RequestLoggerHandler(ILogger logger) : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        request.Options.Set(ForgeHttpPipeline.LoggerOption, logger);
        return base.SendAsync(request, cancellationToken);
    }
}
