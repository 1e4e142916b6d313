using System.Text;
using ContinuousMl.Errors;

namespace ContinuousMl.Metrics;

/// <summary>
/// Which files to compare: those named; else those <c>dvc.yaml</c> declares; else DVCLive's
/// (<c>dvclive/metrics.json</c>, <c>dvclive/params.yaml</c>); else <c>metrics.json</c> / <c>params.yaml</c> at the
/// top. The head side is asked first, then the base (a file removed on this branch still shows as removed).
/// </summary>
public static class MetricsFileLocator
{
    public static async Task<MetricsTargets> LocateAsync(
        MetricsKind kind,
        IReadOnlyList<string> named,
        string directory,
        MetricsSide head,
        MetricsSide @base,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(named);
        ArgumentNullException.ThrowIfNull(head);
        ArgumentNullException.ThrowIfNull(@base);
        if (named.Count > 0)
        {
            var files = named.Select(path => MetricsPaths.FromArgument(path, directory)).Distinct(StringComparer.Ordinal)
                .Select(path => new MetricsTarget(path)).ToList();
            return new MetricsTargets(files, "named on the command line", Explicit: true);
        }

        foreach (var side in (MetricsSide[])[head, @base])
        {
            var stream = await side.OpenAsync(DvcProjectFile.FileName, cancellationToken).ConfigureAwait(false);
            if (stream is null)
            {
                continue;
            }

            IReadOnlyList<MetricsTarget> declared;
            using (var reader = new StreamReader(stream, Encoding.UTF8))
            {
                declared = DvcProjectFile.Read(reader, kind, side.Describe(DvcProjectFile.FileName));
            }

            if (declared.Count > 0)
            {
                return new MetricsTargets(declared, $"declared in {side.Describe(DvcProjectFile.FileName)}", Explicit: false);
            }

            break; // a dvc.yaml that declares none: look for DVCLive's files and the defaults instead
        }

        var (dvclive, fallback) = kind == MetricsKind.Metrics
            ? ("dvclive/metrics.json", "metrics.json")
            : ("dvclive/params.yaml", "params.yaml");
        foreach (var (path, origin) in new[] { (dvclive, "DVCLive's output"), (fallback, "the default; no dvc.yaml or DVCLive output declares any") })
        {
            if (await head.ExistsAsync(path, cancellationToken).ConfigureAwait(false)
                || await @base.ExistsAsync(path, cancellationToken).ConfigureAwait(false))
            {
                return new MetricsTargets([new MetricsTarget(path)], origin, Explicit: false);
            }
        }

        var noun = kind == MetricsKind.Metrics ? "metrics" : "params";
        throw new CmlException(
            $"no {noun} files found in {head.Label} or {@base.Label}: name them (`cml {noun} diff FILE…`), " +
            $"declare them in dvc.yaml, or write {dvclive} or {fallback}");
    }
}
