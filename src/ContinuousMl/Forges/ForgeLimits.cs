namespace ContinuousMl.Forges;

/// <summary>What a forge accepts in a comment body.</summary>
/// <param name="MaxCommentCharacters">The body limit the forge enforces.</param>
/// <param name="RendersHtml">Whether HTML such as <c>&lt;details&gt;</c> renders (Bitbucket escapes it).</param>
public sealed record ForgeLimits(int MaxCommentCharacters, bool RendersHtml)
{
    public static readonly ForgeLimits GitHub = new(65_536, RendersHtml: true);
}
