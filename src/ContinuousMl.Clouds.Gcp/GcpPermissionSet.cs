namespace ContinuousMl.Clouds.Gcp;

/// <summary>
/// <c>--cloud-permission-set</c> on GCP: <c>sa@project.iam.gserviceaccount.com[,scopes=a,b]</c>, scopes as full URLs
/// or gcloud's short aliases; no scopes means <c>cloud-platform</c> (the service account's roles then decide).
/// </summary>
public sealed record GcpPermissionSet(string Email, IReadOnlyList<string> Scopes)
{
    private const string ScopePrefix = "https://www.googleapis.com/auth/";

    private static readonly Dictionary<string, string> Aliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["cloud-platform"] = "cloud-platform",
        ["compute-ro"] = "compute.readonly",
        ["compute-rw"] = "compute",
        ["default"] = "cloud-platform",
        ["logging-write"] = "logging.write",
        ["monitoring-write"] = "monitoring.write",
        ["storage-full"] = "devstorage.full_control",
        ["storage-ro"] = "devstorage.read_only",
        ["storage-rw"] = "devstorage.read_write",
    };

    public static GcpPermissionSet Parse(string value)
    {
        var parts = value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var scopes = new List<string>();
        var inScopes = false;
        foreach (var part in parts.Skip(1))
        {
            var scope = part;
            if (part.StartsWith("scopes=", StringComparison.Ordinal))
            {
                inScopes = true;
                scope = part["scopes=".Length..];
            }

            if (inScopes && scope.Length > 0)
            {
                scopes.Add(scope.StartsWith("https://", StringComparison.Ordinal)
                    ? scope
                    : ScopePrefix + (Aliases.TryGetValue(scope, out var full) ? full : scope));
            }
        }

        return new GcpPermissionSet(parts[0], scopes.Count == 0 ? [ScopePrefix + "cloud-platform"] : scopes);
    }
}
