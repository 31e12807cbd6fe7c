using WhatsAppCampaigns.Hosting.Logging;
using WhatsAppCampaigns.Operator.Hosting;
using WhatsAppCampaigns.Operator.Metrics;

// The operator (issue 9): WhatsAppSession and WhatsAppCampaign reconciled into sender Jobs.
// Configuration: Redis__Configuration, SenderJob__Image, Operator__Namespace (see src/Operator/README.md).
var builder = WebApplication.CreateBuilder(args);
builder.AddCampaignLogging(); // Serilog: text, or JSON lines with Logging__Format=json
// prometheus-net's process-wide registry: process_*, dotnet_* and .NET meters next to ours, without the runtime's
// "Private.*" meters (32 QUIC internals) (src/Operator/Metrics/README.md).
Prometheus.Metrics.ConfigureMeterAdapter(o => o.InstrumentFilterPredicate = i => !i.Meter.Name.StartsWith("Private.", StringComparison.Ordinal));
builder.Services.AddSingleton(Prometheus.Metrics.DefaultRegistry);
builder.Services.AddOperatorMetrics();
builder.Services.AddWhatsAppOperator(builder.Configuration);
var app = builder.Build();
app.MapOperatorHealth();
app.MapOperatorMetrics(); // on the same HTTP port as /healthz (8080 in the image)
await app.RunAsync();
