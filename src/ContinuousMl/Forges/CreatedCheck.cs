namespace ContinuousMl.Forges;

/// <summary>A check the forge accepted.</summary>
/// <param name="Id">The forge's id for it.</param>
/// <param name="Url">The web page that shows it, when the forge has one.</param>
public sealed record CreatedCheck(string Id, string? Url);
