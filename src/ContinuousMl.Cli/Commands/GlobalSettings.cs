namespace ContinuousMl.Cli.Commands;

/// <summary>The global options' values.</summary>
public sealed record GlobalSettings(string? Log, string? Driver, string? Repo, string? Token);
