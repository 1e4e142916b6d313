namespace ContinuousMl.Runners.Cloud;

/// <summary>What a provider started: enough to find it again and terminate it.</summary>
/// <param name="Cloud">aws, azure, gcp or kubernetes.</param>
/// <param name="Id">The instance id, VM resource id, GCP instance name or Kubernetes job name.</param>
/// <param name="Region">The cloud's own region/zone/namespace the instance lives in.</param>
public sealed record CloudInstance(string Cloud, string Id, string Region);
