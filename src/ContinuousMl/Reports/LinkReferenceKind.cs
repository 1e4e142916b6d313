namespace ContinuousMl.Reports;

/// <summary>The Markdown construct a <see cref="LinkReference"/> came from.</summary>
public enum LinkReferenceKind
{
    /// <summary>An inline image, <c>![alt](url)</c>.</summary>
    Image,

    /// <summary>An inline link, <c>[text](url)</c>.</summary>
    Link,

    /// <summary>
    /// A link reference definition, <c>[id]: url</c>. Reference-style images and links (<c>![alt][id]</c>) point
    /// here, so the definition is the one place their URL is written.
    /// </summary>
    Definition,
}
