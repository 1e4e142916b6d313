using ContinuousMl.Errors;

namespace ContinuousMl.Forges;

/// <summary>The forge refused to remove a runner because it is running a job: the shutdown waits for it.</summary>
public sealed class RunnerBusyException(string message, Exception? inner = null) : CmlException(message, ExitCodes.Failure, inner);
