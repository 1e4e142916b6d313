using System.CommandLine;
using System.Net.Http.Headers;
using ContinuousMl.Cli.Binding;
using ContinuousMl.Cli.Hosting;
using ContinuousMl.Errors;
using Microsoft.Extensions.DependencyInjection;

namespace ContinuousMl.Cli.Commands;

/// <summary><c>asset publish</c> and the legacy <c>publish</c>: CML's flags and <c>CML_ASSET_*</c> variables.</summary>
public sealed class AssetPublishCommand
{
    public const string DocsUrl = "https://cml.dev/doc/usage#cml-reports";
    public const string LegacyName = "publish";
    public const string Deprecation = "\"cml publish\" is deprecated since \"cml comment\" now supports \"![inline](./asset.png)\"";
    public const string GitLabUploadsWarning = "--gitlab-uploads will be deprecated soon, use --native instead";

    private readonly BoundOptions bind;
    private readonly GlobalOptions globals;
    private readonly Argument<string> asset = new("asset") { Description = "The file to publish (inside the repository)" };
    private readonly Option<bool> md;
    private readonly Option<string?> title;
    private readonly Option<bool> native;
    private readonly Option<bool> gitLabUploads;
    private readonly Option<string?> mimeType;
    private readonly Option<string?> url;
    private readonly Option<bool> rmWatermark;
    private readonly Option<string?> file;
    private readonly CommandRuntime runtime;

    public AssetPublishCommand(CommandRuntime runtime)
    {
        this.runtime = runtime;
        bind = new BoundOptions("ASSET", runtime.Environment);
        globals = new GlobalOptions(bind);
        globals.Repo.Description = "Specifies the repo to be used. If not specified is extracted from the CI ENV. [default: infer from the environment]";
        md = bind.Flag("--md", "Output in markdown format [title || name](url)");
        title = bind.Text("--title", "Markdown title [title](url) or ![](url title)", string.Empty, hidden: false, "-t");
        native = bind.Flag("--native", "Uses driver's native capabilities to upload assets (the default here: GitHub's cml-assets branch, GitLab uploads, Bitbucket Downloads; accepted for compatibility)");
        gitLabUploads = bind.Flag("--gitlab-uploads", "Deprecated: --native", hidden: true);
        mimeType = bind.Text("--mime-type", "MIME type [default: infer from the file contents]");
        url = bind.Text("--url", "Self-hosted asset server URL (CML's upload protocol) instead of the forge's own storage", hidden: true);
        rmWatermark = bind.Flag("--rm-watermark", "Leave the cml=<type> marker out of a --url upload's link", hidden: true);
        file = bind.Text("--file", "Write the output to this file (replacing it, as CML does) instead of stdout", hidden: true, aliases: "-f");
    }

    public BoundOptions Binding => bind;

    /// <summary>Adds <c>asset publish</c> and the legacy <c>publish</c>; both stay out of <c>cml --help</c>, as in CML.</summary>
    public void AddTo(RootCommand root, string? invoked, ISet<string> booleanFlags)
    {
        booleanFlags.UnionWith(bind.BooleanFlags);
        var group = new Command("asset", "Manage assets")
        {
            // CML hides it; its help must still print when asked for (a hidden command's is empty).
            Hidden = invoked != "asset",
        };
        group.Subcommands.Add(Build("publish", "Publish an asset", deprecation: null));
        root.Subcommands.Add(group);

        var legacy = Build(LegacyName, "Publish an asset (deprecated: reports link local files themselves)", Deprecation);
        legacy.Hidden = invoked != LegacyName;
        root.Subcommands.Add(legacy);
    }

    private Command Build(string name, string description, string? deprecation)
    {
        var command = new Command(name, $"{description}\n{DocsUrl}");
        command.Arguments.Add(asset);
        foreach (var option in (Option[])[md, title, native, gitLabUploads, mimeType, url, rmWatermark, file])
        {
            command.Options.Add(option);
        }

        globals.AddTo(command);
        runtime.SetAction(
            command,
            globals,
            bind,
            deprecation,
            result => Read(result),
            (services, global, settings, token) => services.GetRequiredService<AssetPublishHandler>().RunAsync(global, settings, token));
        return command;
    }

    private AssetPublishSettings Read(ParseResult result)
    {
        var type = result.GetValue(mimeType);
        if (!string.IsNullOrWhiteSpace(type) && !IsMediaType(type))
        {
            throw new CmlException($"--mime-type \"{type}\" is not a media type such as image/png or application/json", ExitCodes.Usage);
        }

        return new AssetPublishSettings
        {
            Asset = result.GetValue(asset)!,
            Markdown = result.GetValue(md),
            Title = result.GetValue(title) ?? string.Empty,
            Native = result.GetValue(native) || result.GetValue(gitLabUploads),
            GitLabUploads = result.GetValue(gitLabUploads),
            MimeType = string.IsNullOrWhiteSpace(type) ? null : type.Trim(),
            Url = string.IsNullOrWhiteSpace(result.GetValue(url)) ? null : result.GetValue(url)!.Trim(),
            RemoveWatermark = result.GetValue(rmWatermark),
            File = string.IsNullOrWhiteSpace(result.GetValue(file)) ? null : result.GetValue(file),
        };
    }

    private static bool IsMediaType(string value) =>
        MediaTypeHeaderValue.TryParse(value.Trim(), out var parsed)
        && parsed.MediaType is { } mediaType
        && mediaType.IndexOf('/', StringComparison.Ordinal) is > 0 and var slash
        && slash < mediaType.Length - 1;
}
