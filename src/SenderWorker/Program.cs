using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using WhatsAppCampaigns.Hosting.Logging;
using WhatsAppCampaigns.SenderWorker.Hosting;
using WhatsAppCampaigns.SenderWorker.Sending;

// The sender a campaign Job runs (issue 8): recipients in, each valid recipient messaged exactly
// once, every row accounted for. Exit 0 done, 75 retry later, 78 configuration wrong (src/SenderWorker/README.md).
using var shutdown = new ShutdownSignal();
var builder = Host.CreateApplicationBuilder(args);
builder.AddCampaignLogging(LogStream.StandardError); // stdout is the summary line; Logging__Format=json for JSON lines
builder.Services.AddSender();
using var host = builder.Build();
try
{
    var run = host.Services.GetRequiredService<SenderRun>();
    return await run.RunAsync(Environment.GetEnvironmentVariable, Console.Out, shutdown.Token);
}
catch (OptionsValidationException ex)
{
    await Console.Out.WriteLineAsync($"sender: stopped, configuration wrong (do not retry): {ex.Message}");
    return 78;
}
