namespace ContinuousMl.Plots;

/// <summary>How an image is drawn.</summary>
/// <param name="Format">PNG or SVG.</param>
/// <param name="Width">Width in CSS pixels (at 96 dpi).</param>
/// <param name="Height">Height in CSS pixels (at 96 dpi).</param>
/// <param name="Dpi">Resolution: the image has <c>Width × Dpi / 96</c> pixels, text and lines scaled alike.</param>
public sealed record ImageOptions(PlotFormat Format, int Width, int Height, int Dpi)
{
    public const int ReferenceDpi = 96;

    public double Scale => (double)Dpi / ReferenceDpi;

    public int PixelWidth => (int)Math.Round(Width * Scale);

    public int PixelHeight => (int)Math.Round(Height * Scale);
}
