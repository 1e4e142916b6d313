namespace FakeClouds.Kubernetes;

/// <summary>A Status failure the fake API server answers instead of doing the call (e.g. 403 Forbidden, 422 Invalid).</summary>
public sealed record KubernetesFault(int Code, string Reason, string Message);
