using System.Runtime.InteropServices;
using FakeRunner;

// A stand-in for GitHub's actions runner, called the way its bin/Runner.Listener is:
//   FakeRunner configure --unattended --token T --url U --name N --labels L --work W [--ephemeral]
//   FakeRunner run
// It registers with FakeForge, prints the real runner's log lines, takes the jobs a test queued, and on
// SIGINT/SIGTERM goes offline and exits 0, as the real one does.
// Called the way cml calls gitlab-runner (--log-format=json run-single --url U --token T …), it stands in for
// that one against FakeGitLab instead.
using var stop = new CancellationTokenSource();
using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, context =>
{
    context.Cancel = true;
    stop.Cancel();
});
using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
{
    context.Cancel = true;
    stop.Cancel();
});

if (args.Contains("run-single"))
{
    return await GitLabRunSingle.RunAsync(args, stop.Token);
}

return args.FirstOrDefault() switch
{
    "configure" => await ListenerCommands.ConfigureAsync(args[1..], Directory.GetCurrentDirectory()),
    "run" => await ListenerCommands.RunAsync(Directory.GetCurrentDirectory(), stop.Token),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: FakeRunner configure --url U --token T --name N [--labels L] [--ephemeral] | FakeRunner run");
    return 2;
}
