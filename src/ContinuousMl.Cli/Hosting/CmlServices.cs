using ContinuousMl.Charts;
using ContinuousMl.Ci;
using ContinuousMl.Cli.Commands;
using ContinuousMl.Cli.Logging;
using ContinuousMl.Clouds.Aws;
using ContinuousMl.Clouds.Gcp;
using ContinuousMl.Clouds.Kubernetes;
using ContinuousMl.Http;
using ContinuousMl.Runners.Cloud;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
#if CML_AZURE
using ContinuousMl.Clouds.Azure;
#endif

namespace ContinuousMl.Cli.Hosting;

/// <summary>
/// The services a command runs with, built only once a command is about to run (help and version pay nothing).
/// A plain service collection rather than a generic host, and the logger factory made here rather than through
/// <c>AddLogging</c>: no configuration files, no options, no open-generic registrations, which a native binary
/// would otherwise construct at run time (a third of <c>comment create</c>'s start-up went there).
/// </summary>
public static class CmlServices
{
    /// <param name="console">Where results and logs go.</param>
    /// <param name="environment">The expanded environment.</param>
    /// <param name="redactor">Secrets to keep out of every line.</param>
    /// <param name="logLevel"><c>--log</c>.</param>
    /// <param name="configure">Extra registrations (the cloud runner providers; test doubles), applied last.</param>
    public static ServiceProvider Build(CmlConsole console, IEnvironmentVariables environment, SecretRedactor redactor, string? logLevel, Action<IServiceCollection>? configure = null)
    {
        var level = LogLevels.Parse(logLevel);
        var inActions = environment.Get(GitHubActions.EnvironmentVariableName) == "true";
        var sink = new LogSink(console.Error, json: console.ErrorIsRedirected, actionsAnnotations: inActions, redactor.Redact);
        var services = new ServiceCollection();
        services.AddSingleton<ILoggerFactory>(_ => new LoggerFactory([new CmlLoggerProvider(sink, level)], new LoggerFilterOptions { MinLevel = level }));
        services.AddSingleton(environment);
        services.AddSingleton(redactor);
        services.AddSingleton(console);
        services.AddSingleton(new HttpPipelineOptions());
        services.AddSingleton(sp => new HttpClient(
            ForgeHttpPipeline.CreateHandler(sp.GetRequiredService<HttpPipelineOptions>(), sp.GetRequiredService<ILoggerFactory>().CreateLogger("http"))));
        services.AddSingleton(sp =>
        {
            // A command that talks to a forge is about to run: have the HTTP pipeline ready by its first request.
            var pipelineOptions = sp.GetRequiredService<HttpPipelineOptions>();
            ForgeHttpPipeline.Prepare(pipelineOptions);
            return new ForgeConnector(pipelineOptions, sp.GetRequiredService<ILoggerFactory>(), sp.GetRequiredService<HttpClient>, redactor, environment);
        });
        services.AddSingleton(sp => new ForgeSessionOpener(environment, sp.GetRequiredService<ForgeConnector>(), redactor));
        services.AddSingleton(sp => new CommentCreateHandler(
            environment, sp.GetRequiredService<ForgeSessionOpener>(), sp.GetRequiredService<ILoggerFactory>(), console.Out));
        services.AddSingleton(sp => new CheckCreateHandler(environment, sp.GetRequiredService<ForgeSessionOpener>(), sp.GetRequiredService<ILoggerFactory>()));
        services.AddSingleton(sp => new WorkflowRerunHandler(environment, sp.GetRequiredService<ForgeSessionOpener>(), sp.GetRequiredService<ILoggerFactory>()));
        services.AddSingleton(sp => new AssetPublishHandler(
            environment, sp.GetRequiredService<ForgeSessionOpener>(), sp.GetRequiredService<HttpClient>(), sp.GetRequiredService<ILoggerFactory>(), console.Out));
        services.AddSingleton(sp => new PullRequestCreateHandler(
            environment, sp.GetRequiredService<ForgeSessionOpener>(), redactor, sp.GetRequiredService<ILoggerFactory>(), console.Out));
        services.AddSingleton(sp => new RepoPrepareHandler(environment, sp.GetRequiredService<ForgeSessionOpener>(), redactor, sp.GetRequiredService<ILoggerFactory>()));
        services.AddSingleton(sp => new MetricsDiffHandler(environment, sp.GetRequiredService<ILoggerFactory>(), console.Out));
        // The lambda keeps ScottPlot and Skia unloaded until a PNG or SVG is actually drawn.
        services.AddSingleton(sp => new PlotCommandHandler(sp.GetRequiredService<ILoggerFactory>(), console.Out, () => new ScottPlotChartRenderer()));
        services.AddSingleton(sp => new ReportHandler(
            environment, sp.GetRequiredService<ForgeSessionOpener>(), sp.GetRequiredService<ILoggerFactory>(), console.Out, () => new ScottPlotChartRenderer()));
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(sp => new RunnerLaunchHandler(
            environment,
            sp.GetRequiredService<ForgeSessionOpener>(),
            sp.GetRequiredService<HttpClient>(),
            redactor,
            sp.GetRequiredService<ILoggerFactory>(),
            console.Out,
            sp.GetServices<ICloudRunnerProvider>(),
            sp.GetServices<ICloudInstanceSelf>(),
            sp.GetRequiredService<TimeProvider>()));
        services.AddAwsCloudRunner().AddKubernetesCloudRunner().AddGcpCloudRunner();
#if CML_AZURE
        services.AddAzureCloudRunner();
#endif
        configure?.Invoke(services);
        return services.BuildServiceProvider();
    }
}
