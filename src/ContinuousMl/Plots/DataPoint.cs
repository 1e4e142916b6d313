namespace ContinuousMl.Plots;

/// <summary>One sample of a series.</summary>
public readonly record struct DataPoint(double X, double Y);
