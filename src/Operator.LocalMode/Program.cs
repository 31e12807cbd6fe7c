using WhatsAppCampaigns.Operator.LocalMode;

// Local mode (issue 9): the README's first command. Embedded API server + redis-server + mock
// gateway + operator + senders as local processes; applies examples/, follows the campaign to the end.
using var stop = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) => { e.Cancel = true; stop.Cancel(); };
var options = LocalModeArguments.Parse(args, Directory.GetCurrentDirectory());
return await LocalModeRun.RunAsync(options, Console.Out, stop.Token);
