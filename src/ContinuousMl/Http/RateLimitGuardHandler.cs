namespace ContinuousMl.Http;

/// <summary>Turns a rate limit we will not wait for into one clear error, instead of the client's generic one.</summary>
internal sealed class RateLimitGuardHandler(HttpPipelineOptions options) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (await RateLimitSignal.IsRateLimitedAsync(response, cancellationToken).ConfigureAwait(false))
        {
            var now = options.TimeProvider.GetUtcNow();
            var wait = RateLimitSignal.RequestedWait(response, now);
            if (wait > options.MaxRateLimitWait)
            {
                response.Dispose();
                throw new RateLimitWaitTooLongException(request.RequestUri?.Host ?? "the forge", wait.Value, now + wait.Value);
            }
        }

        return response;
    }
}
