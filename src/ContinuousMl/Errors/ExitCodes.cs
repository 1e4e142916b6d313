namespace ContinuousMl.Errors;

/// <summary>The documented exit codes of <c>cml</c>.</summary>
public static class ExitCodes
{
    public const int Success = 0;
    public const int Failure = 1;
    public const int Usage = 2;
}
