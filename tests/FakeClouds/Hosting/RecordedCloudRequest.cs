namespace FakeClouds.Hosting;

/// <summary>One request a fake cloud received, kept so tests can assert the exact calls a provider made.</summary>
/// <param name="Parameters">Form fields (EC2 Query API) or query-string values, first value per name.</param>
/// <param name="Body">The raw body (JSON for Kubernetes and GCP; the form text for EC2).</param>
public sealed record RecordedCloudRequest(
    string Method,
    string Path,
    IReadOnlyDictionary<string, string> Parameters,
    IReadOnlyDictionary<string, string> Headers,
    string Body)
{
    public string? Parameter(string name) => Parameters.TryGetValue(name, out var value) ? value : null;
}
