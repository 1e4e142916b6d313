using System.Text;

namespace ContinuousMl.Bitbucket;

/// <summary>
/// The id a check's report is stored under, made from its title (<c>CML Report</c> → <c>cml-report</c>), so a
/// re-run with the same title replaces the report and different titles make different reports.
/// </summary>
public static class BitbucketReportId
{
    private const string Fallback = "cml-report";

    // Bitbucket's external ids are free text; a short slug keeps the URL readable and well inside any limit.
    private const int MaxLength = 100;

    public static string FromTitle(string title)
    {
        ArgumentNullException.ThrowIfNull(title);
        var builder = new StringBuilder(Math.Min(title.Length, MaxLength));
        var separated = false;
        foreach (var c in title.ToLowerInvariant())
        {
            if (!char.IsAsciiLetterOrDigit(c))
            {
                separated = builder.Length > 0;
                continue;
            }

            var needed = separated ? 2 : 1;
            if (builder.Length + needed > MaxLength)
            {
                break;
            }

            if (separated)
            {
                builder.Append('-');
                separated = false;
            }

            builder.Append(c);
        }

        return builder.Length == 0 ? Fallback : builder.ToString();
    }
}
