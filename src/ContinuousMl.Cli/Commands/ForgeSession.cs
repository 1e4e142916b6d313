using ContinuousMl.Ci;
using ContinuousMl.Cli.Hosting;

namespace ContinuousMl.Cli.Commands;

/// <summary>The forge a command talks to: which driver, which repository, with which token, and the clients.</summary>
public sealed record ForgeSession(string Driver, RepositoryUrl Repository, ResolvedToken Token, ForgeConnection Connection);
