using System.Text;

namespace ContinuousMl.Ci;

/// <summary>
/// Masks secrets in text before it is written anywhere (logs, errors, stdout). Each registered value is masked as
/// is, URL-escaped, and in the base64 forms HTTP Basic authentication gives it (<c>x:token</c>,
/// <c>x-access-token:token</c>, <c>x-token-auth:token</c>, <c>oauth2:token</c>, and the bare value). Thread-safe.
/// </summary>
public sealed class SecretRedactor
{
    public const string Mask = "***";

    /// <summary>The user names forges and git use in front of a token in Basic credentials.</summary>
    public static readonly IReadOnlyList<string> BasicUserNames = ["x", "x-access-token", "x-token-auth", "oauth2"];

    private readonly Lock gate = new();
    private string[] secrets = [];

    /// <summary>Whether anything is registered.</summary>
    public bool HasSecrets => Volatile.Read(ref secrets).Length > 0;

    /// <summary>Registers <paramref name="secret"/> and its derived forms; null or blank values are ignored.</summary>
    public void Add(string? secret)
    {
        if (string.IsNullOrWhiteSpace(secret))
        {
            return;
        }

        var forms = new List<string>();
        foreach (var value in new[] { secret, secret.Trim() }.Distinct(StringComparer.Ordinal))
        {
            forms.Add(value);
            forms.Add(Uri.EscapeDataString(value));
            forms.Add(Base64(value));
            foreach (var user in BasicUserNames)
            {
                forms.Add(Base64($"{user}:{value}"));
            }
        }

        AddForms(forms);
    }

    /// <summary>Registers a user name and password pair as Basic credentials (e.g. a Bitbucket app password).</summary>
    public void AddBasicCredentials(string user, string password)
    {
        ArgumentNullException.ThrowIfNull(user);
        Add(password);
        if (!string.IsNullOrWhiteSpace(password))
        {
            AddForms([Base64($"{user}:{password}")]);
        }
    }

    /// <summary><paramref name="text"/> with every registered secret replaced by <see cref="Mask"/>.</summary>
    public string Redact(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text ?? string.Empty;
        }

        var current = Volatile.Read(ref secrets);
        if (current.Length == 0)
        {
            return text;
        }

        StringBuilder? builder = null;
        foreach (var secret in current)
        {
            // Longest first, so a secret containing another is masked whole.
            if (builder is null)
            {
                if (text.Contains(secret, StringComparison.Ordinal))
                {
                    builder = new StringBuilder(text).Replace(secret, Mask);
                }
            }
            else
            {
                builder.Replace(secret, Mask);
            }
        }

        return builder?.ToString() ?? text;
    }

    private void AddForms(IEnumerable<string> forms)
    {
        lock (gate)
        {
            // A plain sort rather than LINQ's OrderBy/ThenBy, whose generic virtual calls the native binary resolves
            // at run time on every command's start-up.
            var merged = new HashSet<string>(secrets, StringComparer.Ordinal);
            foreach (var form in forms)
            {
                if (form.Length > 0)
                {
                    merged.Add(form);
                }
            }

            var sorted = merged.ToArray();
            Array.Sort(sorted, static (a, b) => a.Length != b.Length ? b.Length.CompareTo(a.Length) : string.CompareOrdinal(a, b));
            secrets = sorted;
        }
    }

    private static string Base64(string value) => Convert.ToBase64String(Encoding.UTF8.GetBytes(value));
}
