using System.Globalization;

namespace ContinuousMl.Plots;

/// <summary>Counts (actual, predicted) pairs into a confusion matrix.</summary>
public sealed class ConfusionCounter
{
    private readonly Dictionary<(string Actual, string Predicted), double> counts = [];
    private readonly HashSet<string> classes = new(StringComparer.Ordinal);

    public double Total { get; private set; }

    public void Add(string actual, string predicted, double count = 1)
    {
        classes.Add(actual);
        classes.Add(predicted);
        counts[(actual, predicted)] = counts.GetValueOrDefault((actual, predicted)) + count;
        Total += count;
    }

    /// <summary>
    /// The classes in order (numerically when every class is a number, so 2 comes before 10) and the matrix
    /// [actual, predicted]; normalised, each actual class's row sums to 1 (an empty row stays 0).
    /// </summary>
    public (IReadOnlyList<string> Classes, double[,] Cells) Build(bool normalize)
    {
        var ordered = classes.All(c => double.TryParse(c, NumberStyles.Float, CultureInfo.InvariantCulture, out _))
            ? classes.OrderBy(c => double.Parse(c, NumberStyles.Float, CultureInfo.InvariantCulture)).ThenBy(c => c, StringComparer.Ordinal).ToArray()
            : classes.Order(StringComparer.Ordinal).ToArray();
        var cells = new double[ordered.Length, ordered.Length];
        for (var row = 0; row < ordered.Length; row++)
        {
            var rowTotal = 0d;
            for (var column = 0; column < ordered.Length; column++)
            {
                cells[row, column] = counts.GetValueOrDefault((ordered[row], ordered[column]));
                rowTotal += cells[row, column];
            }

            if (normalize && rowTotal > 0)
            {
                for (var column = 0; column < ordered.Length; column++)
                {
                    cells[row, column] /= rowTotal;
                }
            }
        }

        return (ordered, cells);
    }
}
