using OctokitRdXml;

// Usage: OctokitRdXml <rd.xml path> [--check]
// --check exits 1 when the file differs from what the current Octokit needs (CI keeps the checked-in file current).
if (args.Length is < 1 or > 2 || (args.Length == 2 && args[1] != "--check"))
{
    Console.Error.WriteLine("usage: OctokitRdXml <path to octokit.rd.xml> [--check]");
    return 2;
}

var path = args[0];
var generated = OctokitDirectives.Generate();
if (args.Length == 2)
{
    var current = File.Exists(path) ? File.ReadAllText(path) : string.Empty;
    if (current == generated)
    {
        Console.WriteLine($"{path} is current");
        return 0;
    }

    Console.Error.WriteLine($"{path} is out of date for this Octokit: run `dotnet run --project tools/OctokitRdXml -- {path}` and commit it");
    return 1;
}

File.WriteAllText(path, generated);
Console.WriteLine($"wrote {path} ({generated.Split('\n').Count(line => line.Contains("<Type ", StringComparison.Ordinal))} types)");
return 0;
