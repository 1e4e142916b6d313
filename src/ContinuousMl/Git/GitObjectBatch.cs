using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using ContinuousMl.Errors;

namespace ContinuousMl.Git;

/// <summary>
/// Reads many objects (<c>&lt;commit&gt;:&lt;path&gt;</c>) through one <c>git cat-file --batch</c> child instead of a
/// process per file: a metrics diff over 100 files at a revision otherwise starts a few hundred git processes,
/// which is most of its run time. The child starts on the first read and ends when this is disposed.
/// </summary>
public sealed class GitObjectBatch(GitCli git) : IAsyncDisposable
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private Process? process;
    private Stream? input;
    private BufferedStream? output;

    /// <summary>
    /// What <paramref name="spec"/> names, with the content when it is a file; <see cref="GitObject.Missing"/> when it
    /// names nothing. Reads are one at a time: the batch protocol is a single conversation.
    /// </summary>
    public async Task<GitObject> ReadAsync(string spec, CancellationToken cancellationToken)
    {
        if (spec.Contains('\n', StringComparison.Ordinal) || spec.Contains('\r', StringComparison.Ordinal))
        {
            // The protocol is line-based; such a name cannot be asked for (and no metrics file has one).
            return GitObject.Missing;
        }

        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            Start();
            await input!.WriteAsync(Encoding.UTF8.GetBytes(spec + "\n"), cancellationToken).ConfigureAwait(false);
            await input.FlushAsync(cancellationToken).ConfigureAwait(false);
            var header = await ReadLineAsync(cancellationToken).ConfigureAwait(false)
                ?? throw new IOException("git cat-file closed its output");

            // "<sha> <type> <size>", or "<spec> missing" / "<spec> ambiguous".
            var fields = header.Split(' ');
            if (fields.Length < 3 || !long.TryParse(fields[^1], NumberStyles.None, CultureInfo.InvariantCulture, out var size))
            {
                return GitObject.Missing;
            }

            var content = new byte[size];
            await output!.ReadExactlyAsync(content, cancellationToken).ConfigureAwait(false);
            _ = await ReadLineAsync(cancellationToken).ConfigureAwait(false); // the newline after the content
            return fields[^2] switch
            {
                "blob" => GitObject.File(content),
                "tree" => GitObject.Folder,
                _ => GitObject.Missing,
            };
        }
        catch (OperationCanceledException)
        {
            // A reply half read cannot be resumed; the next read starts a new child.
            Stop();
            throw;
        }
        catch (IOException exception)
        {
            // The child is gone (not a repository, git refused to start): say what git said.
            var error = await ErrorTextAsync().ConfigureAwait(false);
            Stop();
            throw new CmlException($"{spec}: git cat-file failed: {error}", ExitCodes.Failure, exception);
        }
        finally
        {
            gate.Release();
        }
    }

    public ValueTask DisposeAsync()
    {
        Stop();
        gate.Dispose();
        return ValueTask.CompletedTask;
    }

    private void Start()
    {
        if (process is not null)
        {
            return;
        }

        try
        {
            process = Process.Start(git.StartInfo(["cat-file", "--batch"], outputEncoding: null))
                ?? throw new CmlException("could not start git cat-file --batch");
        }
        catch (Exception exception) when (exception is Win32Exception or IOException or InvalidOperationException)
        {
            throw new CmlException($"could not start git: {exception.Message}; install git or put it on PATH", ExitCodes.Failure, exception);
        }

        input = process.StandardInput.BaseStream;
        output = new BufferedStream(process.StandardOutput.BaseStream, 64 * 1024);
    }

    private void Stop()
    {
        if (process is null)
        {
            return;
        }

        try
        {
            input?.Dispose();
            if (!process.WaitForExit(TimeSpan.FromSeconds(2)))
            {
                process.Kill();
            }
        }
        catch (Exception exception) when (exception is IOException or InvalidOperationException or Win32Exception)
        {
            // Already gone: nothing to clean up.
        }

        process.Dispose();
        process = null;
        input = null;
        output = null;
    }

    private async Task<string?> ReadLineAsync(CancellationToken cancellationToken)
    {
        var line = new List<byte>(96);
        var one = new byte[1];
        while (true)
        {
            var read = await output!.ReadAsync(one, cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                return line.Count == 0 ? null : Encoding.UTF8.GetString(line.ToArray());
            }

            if (one[0] == (byte)'\n')
            {
                return Encoding.UTF8.GetString(line.ToArray());
            }

            line.Add(one[0]);
        }
    }

    private async Task<string> ErrorTextAsync()
    {
        if (process is null)
        {
            return "it is not running";
        }

        var text = (await process.StandardError.ReadToEndAsync().ConfigureAwait(false)).Trim();
        var end = text.IndexOfAny(['\r', '\n']);
        return text.Length == 0 ? "no message" : end < 0 ? text : text[..end];
    }
}
