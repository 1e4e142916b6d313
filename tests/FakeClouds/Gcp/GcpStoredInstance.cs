using System.Text.Json.Nodes;

namespace FakeClouds.Gcp;

/// <summary>An instance as inserted: the body received, where it lives, and the request id that made it.</summary>
public sealed record GcpStoredInstance(string Project, string Zone, string Name, JsonObject Body, string? RequestId);
