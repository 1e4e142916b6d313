namespace ContinuousMl.Metrics;

/// <summary>
/// Decides each metric's direction: the user's <c>--lower-better</c> and <c>--higher-better</c> patterns first, then
/// the name's words. Losses, errors and perplexity (<c>loss</c>, <c>val_loss</c>, <c>logloss</c>, <c>error</c>,
/// <c>mae</c>, <c>mse</c>, <c>rmse</c>, <c>perplexity</c>…) are lower-is-better; accuracy, precision, recall, F1,
/// AUC and the like are higher-is-better; anything else (<c>step</c>, <c>epoch</c>) is unknown.
/// </summary>
public sealed class MetricDirections(IReadOnlyList<string> higherBetter, IReadOnlyList<string> lowerBetter)
{
    private static readonly HashSet<string> LowerWords = new(StringComparer.Ordinal)
    {
        "loss", "error", "errors", "err", "mae", "mse", "rmse", "msle", "rmsle", "mape", "smape", "perplexity", "ppl",
        "wer", "cer", "ter", "fpr", "fnr", "eer", "nll", "fid", "latency", "distance",
    };

    private static readonly HashSet<string> HigherWords = new(StringComparer.Ordinal)
    {
        "accuracy", "acc", "precision", "recall", "f1", "f1score", "fscore", "auc", "roc", "auroc", "ap", "map", "iou",
        "miou", "dice", "r2", "bleu", "rouge", "meteor", "score", "sensitivity", "specificity", "tpr", "tnr", "kappa",
        "mcc", "ndcg", "mrr", "hit", "hits", "top1", "top5",
    };

    // The same names recur in every file of a large diff; deciding once each keeps the table fast.
    private readonly Dictionary<string, MetricDirection> decided = new(StringComparer.Ordinal);

    public static MetricDirections Default { get; } = new([], []);

    public MetricDirection Of(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        lock (decided)
        {
            if (decided.TryGetValue(key, out var known))
            {
                return known;
            }

            var direction = Decide(key);
            decided[key] = direction;
            return direction;
        }
    }

    private MetricDirection Decide(string key)
    {
        if (lowerBetter.Any(pattern => MetricGlob.IsMatch(pattern, key)))
        {
            return MetricDirection.LowerIsBetter;
        }

        if (higherBetter.Any(pattern => MetricGlob.IsMatch(pattern, key)))
        {
            return MetricDirection.HigherIsBetter;
        }

        return FromName(MetricKey.Leaf(key));
    }

    private static MetricDirection FromName(string leaf)
    {
        var words = leaf.ToLowerInvariant().Split(['_', '-', ' ', '/', '@'], StringSplitOptions.RemoveEmptyEntries);
        if (words.Any(word => LowerWords.Contains(word) || word.EndsWith("loss", StringComparison.Ordinal)))
        {
            return MetricDirection.LowerIsBetter;
        }

        return words.Any(HigherWords.Contains) ? MetricDirection.HigherIsBetter : MetricDirection.Unknown;
    }
}
