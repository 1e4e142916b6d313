using ContinuousMl.Ci;
using ContinuousMl.Forges;

namespace ContinuousMl.Cli.Commands;

/// <summary>The forge <c>runner launch</c> registers with: driver, repository (or organisation), token, runners, reruns.</summary>
/// <param name="Pipelines">Reruns a job's run after an interruption; null for organisation runners and GitLab registration tokens.</param>
public sealed record RunnerForge(string Driver, RepositoryUrl Repository, ResolvedToken Token, IRunners Runners, IPipelines? Pipelines);
