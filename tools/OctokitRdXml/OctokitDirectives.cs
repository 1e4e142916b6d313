namespace OctokitRdXml;

/// <summary>The rd.xml for the Octokit this repository builds against.</summary>
internal static class OctokitDirectives
{
    public static string Generate()
    {
        var octokit = typeof(Octokit.GitHubClient).Assembly;
        return RdXmlDocument.Render(octokit.GetName().Name!, ReflectedGenericTypes.In(octokit));
    }
}
