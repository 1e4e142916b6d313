using Microsoft.Extensions.Logging;

namespace ContinuousMl.Cli.Commands;

/// <summary>
/// <c>--watch</c>: waits for the report (or the trigger file) to change and settle, then runs the post again.
/// Changes made while a post is running are coalesced into the next one, as CML's lock drops them.
/// </summary>
public sealed class ReportWatcher(string path, ILogger logger, TimeProvider? timeProvider = null)
{
    // CML (chokidar awaitWriteFinish) waits for 2 s without writes, polling every 500 ms.
    private static readonly TimeSpan StabilityThreshold = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(500);

    private readonly TimeProvider clock = timeProvider ?? TimeProvider.System;

    /// <summary>Calls <paramref name="onChange"/> (with true the first time) after each settled change, until cancelled.</summary>
    public async Task RunAsync(Func<bool, CancellationToken, Task> onChange, CancellationToken cancellationToken)
    {
        var fullPath = Path.GetFullPath(path);
        var directory = Path.GetDirectoryName(fullPath)!;
        var signal = new SemaphoreSlim(0);
        using var watcher = new FileSystemWatcher(directory, Path.GetFileName(fullPath))
        {
            NotifyFilter = NotifyFilters.LastWrite | NotifyFilters.Size | NotifyFilters.FileName | NotifyFilters.CreationTime,
        };
        watcher.Changed += (_, _) => signal.Release();
        watcher.Created += (_, _) => signal.Release();
        watcher.Renamed += (_, _) => signal.Release();
        watcher.EnableRaisingEvents = true;
        logger.LogInformation("watching for file changes...");

        var first = true;
        while (true)
        {
            await signal.WaitAsync(cancellationToken).ConfigureAwait(false);
            await WaitUntilSettledAsync(fullPath, cancellationToken).ConfigureAwait(false);
            while (signal.CurrentCount > 0)
            {
                await signal.WaitAsync(cancellationToken).ConfigureAwait(false);
            }

            if (!File.Exists(fullPath))
            {
                continue;
            }

            logger.LogInformation("watcher event: change {Path}", path);
            try
            {
                await onChange(first, cancellationToken).ConfigureAwait(false);
                first = false;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning("{Message}", ex.Message);
            }
        }
    }

    private async Task WaitUntilSettledAsync(string fullPath, CancellationToken cancellationToken)
    {
        var last = Snapshot(fullPath);
        var stableSince = clock.GetUtcNow();
        while (clock.GetUtcNow() - stableSince < StabilityThreshold)
        {
            await Task.Delay(PollInterval, clock, cancellationToken).ConfigureAwait(false);
            var current = Snapshot(fullPath);
            if (current != last)
            {
                last = current;
                stableSince = clock.GetUtcNow();
            }
        }
    }

    private static (long Length, DateTime Written) Snapshot(string fullPath)
    {
        var info = new FileInfo(fullPath);
        return info.Exists ? (info.Length, info.LastWriteTimeUtc) : (-1, DateTime.MinValue);
    }
}
