namespace ContinuousMl.Forges;

/// <summary>A comment as every forge can describe it.</summary>
/// <param name="Id">The forge's id for the comment, as text so every forge fits.</param>
/// <param name="Body">The Markdown body.</param>
/// <param name="Url">The web address a reader opens.</param>
/// <param name="Author">The author's login, when the forge tells it.</param>
/// <param name="CreatedAt">When the forge says it was created.</param>
public sealed record Comment(string Id, string Body, string Url, string? Author = null, DateTimeOffset? CreatedAt = null);
