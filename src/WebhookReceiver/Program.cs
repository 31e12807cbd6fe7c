using WhatsAppCampaigns.Hosting.Logging;
using WhatsAppCampaigns.WebhookReceiver.Hosting;

// The WhatsApp webhook receiver: delivery statuses, replies and opt-outs into Redis.
// Configuration: Redis__Configuration, Webhooks__AppSecret, Webhooks__VerifyToken,
// Webhooks__Sessions__<phoneNumberId>=<session> (see src/WebhookReceiver/README.md).
var builder = WebApplication.CreateBuilder(args);
builder.AddCampaignLogging(); // Serilog: text, or JSON lines with Logging__Format=json
// prometheus-net's process-wide registry: process_*, dotnet_* and .NET meters next to ours, without the runtime's
// "Private.*" meters (32 QUIC internals) (README, Metrics).
Prometheus.Metrics.ConfigureMeterAdapter(o => o.InstrumentFilterPredicate = i => !i.Meter.Name.StartsWith("Private.", StringComparison.Ordinal));
builder.Services.AddSingleton(Prometheus.Metrics.DefaultRegistry);
await builder.AddWebhookReceiverAsync();
var app = builder.Build();
app.MapWebhookReceiver();
await app.RunAsync();
