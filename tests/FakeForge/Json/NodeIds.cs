using System.Globalization;
using System.Text;

namespace FakeForge.Json;

/// <summary>Opaque GraphQL-style node ids, stable for a given kind and id.</summary>
internal static class NodeIds
{
    public static string For(string kind, object id) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"04:{kind}{id}")));
}
