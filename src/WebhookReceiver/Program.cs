using WhatsAppCampaigns.WebhookReceiver.Hosting;

// The WhatsApp webhook receiver: delivery statuses, replies and opt-outs into Redis.
// Configuration: Redis__Configuration, Webhooks__AppSecret, Webhooks__VerifyToken,
// Webhooks__Sessions__<phoneNumberId>=<session> (see src/WebhookReceiver/README.md).
var builder = WebApplication.CreateBuilder(args);
// The process-wide default registry: process_*, dotnet_* and .NET meters next to ours (README, Metrics).
builder.Services.AddSingleton(Prometheus.Metrics.DefaultRegistry);
await builder.AddWebhookReceiverAsync();
var app = builder.Build();
app.MapWebhookReceiver();
await app.RunAsync();
