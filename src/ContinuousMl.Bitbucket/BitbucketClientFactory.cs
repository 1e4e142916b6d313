using System.Net.Http.Headers;
using ContinuousMl.Http;
using Microsoft.Extensions.Logging;

namespace ContinuousMl.Bitbucket;

/// <summary>Builds the Bitbucket client on top of our one resilient HTTP pipeline.</summary>
public static class BitbucketClientFactory
{
    public static BitbucketClient Create(Uri apiBase, BitbucketCredentials credentials, string userAgentVersion, HttpPipelineOptions pipelineOptions, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(apiBase);
        ArgumentNullException.ThrowIfNull(credentials);
        var http = new HttpClient(ForgeHttpPipeline.CreateHandler(pipelineOptions, logger))
        {
            // Relative paths resolve against the base only when it ends with a slash (…/2.0/).
            BaseAddress = apiBase.AbsoluteUri.EndsWith('/') ? apiBase : new Uri(apiBase.AbsoluteUri + "/"),
            // The pipeline bounds each try and the whole call; a second, shorter clock here would cut its retries.
            Timeout = Timeout.InfiniteTimeSpan,
        };
        http.DefaultRequestHeaders.Authorization = credentials.Header;
        http.DefaultRequestHeaders.UserAgent.Add(new ProductInfoHeaderValue("continuous-ml", userAgentVersion));
        http.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        return new BitbucketClient(new BitbucketConnection(http), credentials);
    }
}
