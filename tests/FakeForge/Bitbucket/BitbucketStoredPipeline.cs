namespace FakeForge.Bitbucket;

/// <summary>A pipeline; <paramref name="TargetJson"/> is its target exactly as created, to compare with a rerun's.</summary>
public sealed record BitbucketStoredPipeline(string Uuid, long BuildNumber, string TargetJson, string State, BitbucketUser? Creator, DateTimeOffset CreatedOn);
