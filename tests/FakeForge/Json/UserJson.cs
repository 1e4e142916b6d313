using System.Text.Json.Nodes;
using FakeForge.Http;
using FakeForge.State;

namespace FakeForge.Json;

/// <summary>The <c>user</c>/<c>owner</c> object GitHub embeds everywhere.</summary>
internal static class UserJson
{
    public static JsonObject Render(UrlRoots roots, UserAccount user) => new()
    {
        ["login"] = user.Login,
        ["id"] = user.Id,
        ["node_id"] = NodeIds.For(user.Type, user.Id),
        ["avatar_url"] = $"{roots.Web}avatars/{user.Login}",
        ["gravatar_id"] = string.Empty,
        ["url"] = $"{roots.Api}users/{user.Login}",
        ["html_url"] = user.Type == "Bot" ? $"{roots.Web}apps/{user.Login.Replace("[bot]", string.Empty, StringComparison.Ordinal)}" : $"{roots.Web}{user.Login}",
        ["type"] = user.Type,
        ["site_admin"] = false,
    };

    /// <summary>A user known only by login (a comment seeded before the state tracked its author).</summary>
    public static UserAccount Fallback(string login) =>
        new(0, login, login.EndsWith("[bot]", StringComparison.Ordinal) ? "Bot" : "User");
}
