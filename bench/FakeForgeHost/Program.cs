using FakeForge;

// Usage: FakeForgeHost <owner/name> <token> <head sha> <comments on PR 8>
// Prints the API base URL on the first line of stdout, then serves until stdin closes.
if (args.Length != 4)
{
    Console.Error.WriteLine("usage: FakeForgeHost <owner/name> <token> <head sha> <number of comments on PR 8>");
    return 2;
}

var (owner, name) = (args[0].Split('/')[0], args[0].Split('/')[1]);
await using var gitHub = await FakeGitHub.StartAsync();
var state = gitHub.State;
state.AddRepository(owner, name);
state.AddToken(args[1], "bench-user");

// PR 7 takes new comments; PR 8 already has a long discussion with our report near the start, so `comment update`
// has to page through all of it, as on a busy pull request.
state.AddPullRequest(owner, name, 7, args[2]);
state.AddPullRequest(owner, name, 8, args[2], headRef: "busy");
var comments = int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture);
for (var i = 0; i < comments; i++)
{
    state.SeedIssueComment(owner, name, 8, $"review comment {i}", i % 3 == 0 ? "alice" : "bob");
}

Console.WriteLine(gitHub.BaseUrl.AbsoluteUri.TrimEnd('/'));
Console.Out.Flush();
await Console.In.ReadToEndAsync();
return 0;
