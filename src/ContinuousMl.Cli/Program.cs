using ContinuousMl.Ci;
using ContinuousMl.Cli;
using ContinuousMl.Cli.Binding;
using ContinuousMl.Cli.Hosting;

using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancellation.Cancel();
};

var argv = ArgumentRewriter.FromProgramName(Environment.ProcessPath, args);
return await CmlApplication.RunAsync(argv, new ProcessEnvironment(), CmlConsole.System, cancellation.Token);
