using ScottPlot;
using SkiaSharp;

namespace ContinuousMl.Charts;

/// <summary>
/// Answers every font request with the bundled regular or bold face: ScottPlot asks by name in places we do not
/// configure (legends, tick labels), and on a machine without fonts any other answer draws no text at all.
/// </summary>
internal sealed class EmbeddedFontResolver(SKTypeface regularFace, SKTypeface boldFace) : IFontResolver
{
    public SKTypeface? CreateTypeface(string fontName, FontWeight weight, FontSlant slant, FontSpacing spacing) =>
        weight >= FontWeight.SemiBold ? boldFace : regularFace;

    public SKTypeface? CreateTypeface(string fontName, bool bold, bool italic) =>
        bold ? boldFace : regularFace;
}
