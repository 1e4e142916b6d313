namespace ContinuousMl.Reports;

/// <summary>A report fitted into a limit.</summary>
/// <param name="Text">What to post; the input itself when it fitted.</param>
/// <param name="Stages">What had to be done to make it fit.</param>
/// <param name="OriginalSize">The input's size in the limit's unit.</param>
public sealed record FittedReport(string Text, DegradationStages Stages, int OriginalSize)
{
    public bool Changed => Stages != DegradationStages.None;
}
