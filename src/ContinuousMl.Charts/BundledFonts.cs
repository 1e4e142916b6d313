using ScottPlot;
using SkiaSharp;

namespace ContinuousMl.Charts;

/// <summary>
/// DejaVu Sans, shipped inside this assembly and put first among ScottPlot's font resolvers, so every chart has
/// the same text on a CI runner without fonts, a slim container, or a laptop with a hundred families.
/// </summary>
public static class BundledFonts
{
    public const string Family = "DejaVu Sans";

    private static readonly Lock Gate = new();
    private static EmbeddedFontResolver? resolver;

    /// <summary>Registers the fonts with ScottPlot once; later calls do nothing.</summary>
    public static void Register()
    {
        lock (Gate)
        {
            if (resolver is not null)
            {
                return;
            }

            resolver = new EmbeddedFontResolver(Load("DejaVuSans.ttf"), Load("DejaVuSans-Bold.ttf"));
            Fonts.FontResolvers.Insert(0, resolver);
            Fonts.Default = Family;
            Fonts.Sans = Family;
        }
    }

    private static SKTypeface Load(string file)
    {
        var name = $"ContinuousMl.Charts.Fonts.{file}";
        using var stream = typeof(BundledFonts).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"the font {name} is not embedded in {typeof(BundledFonts).Assembly.GetName().Name}");
        return SKTypeface.FromStream(stream)
            ?? throw new InvalidOperationException($"Skia could not read the embedded font {name}");
    }
}
