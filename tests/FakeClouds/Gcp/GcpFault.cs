namespace FakeClouds.Gcp;

/// <summary>An HTTP error Compute Engine answers instead of doing the call, in Google's error shape.</summary>
public sealed record GcpFault(int Code, string Reason, string Message);
