using System.Net;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace ContinuousMl.Http;

/// <summary>
/// The one resilient pipeline every HTTP call goes through, Octokit's included: bounded retries with jittered
/// back-off on 5xx, timeouts and dropped connections; 429 and GitHub's 403 rate limits honour <c>retry-after</c>
/// then <c>x-ratelimit-reset</c>; a write whose outcome is unknown is never repeated here.
/// </summary>
public static class ForgeHttpPipeline
{
    // Which client's logger reports a retry: the pipeline is shared, the clients (and their log categories) are not.
    internal static readonly HttpRequestOptionsKey<ILogger> LoggerOption = new("ContinuousMl.Http.Logger");

    // One pipeline per options instance, however many clients: building one validates every strategy's options
    // through reflection, which in the native binary costs more than a request to a nearby server.
    private static readonly ConditionalWeakTable<HttpPipelineOptions, Lazy<ResiliencePipeline<HttpResponseMessage>>> Pipelines = new();

    /// <summary>
    /// Starts building the pipeline for <paramref name="options"/> and loading the crypto library on workers, so both
    /// are ready by the first request instead of sitting on its path. A failure to build surfaces on that request.
    /// </summary>
    public static void Prepare(HttpPipelineOptions options)
    {
        var pipeline = SharedPipeline(options);
        _ = Task.Run(() => pipeline.Value);
        _ = Task.Run(LoadCryptoLibrary);
    }

    /// <summary>Builds the handler chain: rate-limit guard → retries and timeouts → sockets.</summary>
    public static HttpMessageHandler CreateHandler(HttpPipelineOptions options, ILogger logger, HttpMessageHandler? transport = null)
    {
        var pipeline = SharedPipeline(options);
        return new RateLimitGuardHandler(options)
        {
            InnerHandler = new RequestLoggerHandler(logger)
            {
                InnerHandler = new ResilienceHandler(_ => pipeline.Value)
                {
                    InnerHandler = transport ?? new SocketsHttpHandler
                    {
                        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
                        AutomaticDecompression = DecompressionMethods.All,
                        // Octokit follows redirects itself; elsewhere a redirect is answered by the caller.
                        AllowAutoRedirect = false,
                    },
                },
            },
        };
    }

    // On Linux the first TLS handshake (and the first content hash) loads and initialises OpenSSL: some milliseconds
    // of dynamic linking that would otherwise sit on the first request's path. Any use of the crypto library loads it.
    private static void LoadCryptoLibrary() => SHA256.HashData(ReadOnlySpan<byte>.Empty);

    private static Lazy<ResiliencePipeline<HttpResponseMessage>> SharedPipeline(HttpPipelineOptions options) =>
        Pipelines.GetValue(options, static key => new Lazy<ResiliencePipeline<HttpResponseMessage>>(() => BuildPipeline(key)));

    private static ResiliencePipeline<HttpResponseMessage> BuildPipeline(HttpPipelineOptions options)
    {
        return new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = options.TimeProvider }
            .AddTimeout(options.TotalTimeout)
            .AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = options.MaxRetries,
                ShouldHandle = args => ShouldRetryAsync(args.Outcome, args.Context, options),
                DelayGenerator = args => ValueTask.FromResult<TimeSpan?>(Delay(args.Outcome, args.AttemptNumber, options)),
                OnRetry = args =>
                {
                    var request = args.Context.GetRequestMessage();
                    var what = args.Outcome.Result is { } response
                        ? $"answered {(int)response.StatusCode}"
                        : $"failed ({args.Outcome.Exception?.GetType().Name})";
                    var logger = request is not null && request.Options.TryGetValue(LoggerOption, out var requestLogger)
                        ? requestLogger
                        : NullLogger.Instance;
                    logger.LogWarning(
                        "{Method} {Path} {What}; retrying in {Seconds:0.#} s (retry {Attempt} of {Max})",
                        request?.Method, request?.RequestUri?.AbsolutePath, what, args.RetryDelay.TotalSeconds, args.AttemptNumber + 1, options.MaxRetries);
                    args.Outcome.Result?.Dispose();
                    return ValueTask.CompletedTask;
                },
            })
            .AddTimeout(options.PerTryTimeout)
            .Build();
    }

    private static async ValueTask<bool> ShouldRetryAsync(Outcome<HttpResponseMessage> outcome, ResilienceContext context, HttpPipelineOptions options)
    {
        var request = context.GetRequestMessage();
        if (outcome.Exception is { } exception)
        {
            // A connection that never opened carried nothing: any request may go again.
            if (exception is HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError })
            {
                return true;
            }

            return RequestSafety.IsSafeToRepeat(request)
                && exception is HttpRequestException or TimeoutRejectedException or IOException;
        }

        if (outcome.Result is not { } response)
        {
            return false;
        }

        if (await RateLimitSignal.IsRateLimitedAsync(response, context.CancellationToken).ConfigureAwait(false))
        {
            // The server refused before doing anything, so even a POST may go again, unless the wait is too long.
            return WaitFor(response, 0, options) <= options.MaxRateLimitWait;
        }

        var status = (int)response.StatusCode;
        return status >= 500 && RequestSafety.IsSafeToRepeat(request);
    }

    private static TimeSpan Delay(Outcome<HttpResponseMessage> outcome, int attempt, HttpPipelineOptions options)
    {
        if (outcome.Result is { } response)
        {
            return WaitFor(response, attempt, options);
        }

        return Backoff(options.BaseDelay, attempt);
    }

    private static TimeSpan WaitFor(HttpResponseMessage response, int attempt, HttpPipelineOptions options)
    {
        if (RateLimitSignal.RequestedWait(response, options.TimeProvider.GetUtcNow()) is { } requested)
        {
            return requested;
        }

        var status = (int)response.StatusCode;
        if (status is 403 or 429)
        {
            return options.RateLimitWaitWithoutHeaders * Math.Pow(2, attempt);
        }

        return Backoff(options.BaseDelay, attempt);
    }

    // Full jitter around an exponential curve, capped, so parallel jobs do not retry in lockstep.
    private static TimeSpan Backoff(TimeSpan baseDelay, int attempt)
    {
        var exponential = baseDelay.TotalMilliseconds * Math.Pow(2, attempt);
        var jittered = exponential * (0.5 + Random.Shared.NextDouble());
        return TimeSpan.FromMilliseconds(Math.Min(jittered, 30_000));
    }
}
