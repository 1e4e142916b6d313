namespace ContinuousMl.GitLab;

/// <summary>One page of a list, with what GitLab's offset pagination headers say about the others.</summary>
/// <param name="Items">The page's items in the order GitLab sent them.</param>
/// <param name="NextPage"><c>x-next-page</c>; null on the last page.</param>
/// <param name="TotalPages"><c>x-total-pages</c>; null when GitLab leaves it out (lists over 10,000 items).</param>
internal sealed record GitLabPage<T>(IReadOnlyList<T> Items, int? NextPage, int? TotalPages);
