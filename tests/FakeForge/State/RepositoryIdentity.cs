namespace FakeForge.State;

/// <summary>The immutable facts about a repository that answers render; safe to read outside the state lock.</summary>
internal sealed record RepositoryIdentity(long Id, UserAccount Owner, string Name, DateTimeOffset CreatedAt, bool Fork = false)
{
    public string FullName => $"{Owner.Login}/{Name}";
}
