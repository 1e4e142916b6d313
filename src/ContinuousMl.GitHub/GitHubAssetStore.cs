using System.Net;
using System.Security.Cryptography;
using ContinuousMl.Assets;
using ContinuousMl.Errors;
using ContinuousMl.Forges;
using ContinuousMl.GitHub.GraphQl;
using Microsoft.Extensions.Logging;
using Octokit;

namespace ContinuousMl.GitHub;

/// <summary>
/// Hosts report images on the repository itself, with no third-party service: each file is committed to a
/// dedicated orphan branch through the git data API, named by its SHA-256 (a re-run uploads nothing new), and
/// linked at the commit that holds it, so the link never moves and renders for every reader of the repository.
/// </summary>
public sealed class GitHubAssetStore : IAssetStore
{
    public const string DefaultBranch = "cml-assets";

    // Another job may move the branch between our read and our write; start over a few times.
    private const int MaxBranchRaces = 3;

    private readonly IGitHubClient client;
    private readonly GitHubRepository repository;
    private readonly string branch;
    private readonly ILogger logger;
    private readonly GitHubGraphQlClient? graphQl;

    /// <param name="graphQl">
    /// When given, the branch's head and files are read in one GraphQL round trip instead of two REST calls.
    /// </param>
    public GitHubAssetStore(IGitHubClient client, GitHubRepository repository, ILogger logger, string branch = DefaultBranch, GitHubGraphQlClient? graphQl = null)
    {
        this.client = client;
        this.repository = repository;
        this.logger = logger;
        this.branch = branch;
        this.graphQl = graphQl;
    }

    public async Task<IReadOnlyList<string>> PublishAsync(IReadOnlyList<Asset> assets, CancellationToken cancellationToken)
    {
        if (assets.Count == 0)
        {
            return [];
        }

        var paths = assets.Select(StoragePath).ToArray();
        try
        {
            for (var attempt = 1; ; attempt++)
            {
                var commitSha = await TryCommitAsync(assets, paths, cancellationToken).ConfigureAwait(false);
                if (commitSha is not null)
                {
                    return paths.Select(path => Link(commitSha, path)).ToArray();
                }

                if (attempt == MaxBranchRaces)
                {
                    throw new CmlException($"could not publish images: the {branch} branch of {repository} kept moving while we wrote to it; re-run the job");
                }

                logger.LogInformation("the {Branch} branch moved while publishing; trying again", branch);
            }
        }
        catch (Exception ex) when (ex is not CmlException)
        {
            throw GitHubErrors.Translate(ex, $"publish images to the {branch} branch", repository);
        }
    }

    /// <summary>Where an asset lives on the branch: its SHA-256, fanned out like git's object store.</summary>
    public static string StoragePath(Asset asset)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(asset.Content.Span));
        var extension = Path.GetExtension(asset.FileName).ToLowerInvariant();
        return $"{hash[..2]}/{hash}{extension}";
    }

    /// <returns>The commit that holds every asset, or null when the branch moved under us.</returns>
    private async Task<string?> TryCommitAsync(IReadOnlyList<Asset> assets, string[] paths, CancellationToken cancellationToken)
    {
        var (head, baseTree, existingPaths) = await ReadBranchAsync(cancellationToken).ConfigureAwait(false);

        var missing = Enumerable.Range(0, assets.Count)
            .Where(i => !existingPaths.Contains(paths[i]))
            .DistinctBy(i => paths[i])
            .ToArray();
        if (missing.Length == 0 && head is not null)
        {
            logger.LogInformation("all {Count} assets are already on {Branch}", assets.Count, branch);
            return head;
        }

        cancellationToken.ThrowIfCancellationRequested();
        var blobs = await Task.WhenAll(missing.Select(i => client.Git.Blob.Create(
            repository.Owner,
            repository.Name,
            new NewBlob { Content = Convert.ToBase64String(assets[i].Content.Span), Encoding = EncodingType.Base64 }))).ConfigureAwait(false);

        var newTree = new NewTree { BaseTree = baseTree };
        for (var k = 0; k < missing.Length; k++)
        {
            newTree.Tree.Add(new NewTreeItem { Path = paths[missing[k]], Mode = Octokit.FileMode.File, Type = TreeType.Blob, Sha = blobs[k].Sha });
        }

        var treeResponse = await client.Git.Tree.Create(repository.Owner, repository.Name, newTree).ConfigureAwait(false);
        var message = $"cml: publish {missing.Length} report asset{(missing.Length == 1 ? string.Empty : "s")}";
        var parents = head is null ? Array.Empty<string>() : [head];
        var newCommit = await client.Git.Commit.Create(repository.Owner, repository.Name, new NewCommit(message, treeResponse.Sha, parents)).ConfigureAwait(false);

        try
        {
            if (head is null)
            {
                await client.Git.Reference.Create(repository.Owner, repository.Name, new NewReference("refs/heads/" + branch, newCommit.Sha)).ConfigureAwait(false);
            }
            else
            {
                await client.Git.Reference.Update(repository.Owner, repository.Name, "heads/" + branch, new ReferenceUpdate(newCommit.Sha, force: false)).ConfigureAwait(false);
            }
        }
        catch (ApiValidationException)
        {
            // "Reference already exists" or "Update is not a fast forward": another job won the race.
            return null;
        }

        logger.LogInformation("published {Count} assets to {Branch} at {Commit}", missing.Length, branch, newCommit.Sha);
        return newCommit.Sha;
    }

    /// <returns>The branch's head commit and root tree (null when there is no branch) and the files already on it.</returns>
    private async Task<(string? Head, string? Tree, IReadOnlySet<string> Paths)> ReadBranchAsync(CancellationToken cancellationToken)
    {
        if (graphQl is not null)
        {
            try
            {
                var files = await graphQl.ReadBranchFilesAsync(repository.Owner, repository.Name, branch, cancellationToken).ConfigureAwait(false);
                return files is null ? (null, null, new HashSet<string>()) : (files.CommitSha, files.TreeSha, files.Paths);
            }
            catch (ForgeRequestException ex) when (ex.StatusCode != 401)
            {
                // GraphQL turned off or refusing the query (an older Enterprise server, a proxy): REST answers the same.
                logger.LogDebug("reading {Branch} through GraphQL failed ({Reason}); reading it through REST", branch, ex.Message);
            }
        }

        var head = await BranchHeadAsync().ConfigureAwait(false);
        if (head is null)
        {
            return (null, null, new HashSet<string>());
        }

        // The trees API takes any tree-ish and answers with the tree's own sha: no separate commit lookup.
        var tree = await client.Git.Tree.GetRecursive(repository.Owner, repository.Name, head).ConfigureAwait(false);
        var paths = tree.Truncated
            ? new HashSet<string>()
            : tree.Tree.Where(item => item.Type.Value == TreeType.Blob).Select(item => item.Path).ToHashSet(StringComparer.Ordinal);
        return (head, tree.Sha, paths);
    }

    private async Task<string?> BranchHeadAsync()
    {
        try
        {
            var reference = await client.Git.Reference.Get(repository.Owner, repository.Name, "heads/" + branch).ConfigureAwait(false);
            return reference.Object.Sha;
        }
        catch (ApiException ex) when (ex.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Conflict)
        {
            // 409 is GitHub's answer for an empty repository: the branch cannot exist yet either.
            return null;
        }
    }

    private string Link(string commitSha, string path) =>
        $"{repository.ServerUrl.TrimEnd('/')}/{repository.Owner}/{repository.Name}/blob/{commitSha}/{path}?raw=true";
}
