using WhatsAppCampaigns.Operator.Hosting;

// The operator (issue 9): WhatsAppSession and WhatsAppCampaign reconciled into sender Jobs.
// Configuration: Redis__Configuration, SenderJob__Image, Operator__Namespace (see src/Operator/README.md).
var builder = WebApplication.CreateBuilder(args);
builder.Services.AddWhatsAppOperator(builder.Configuration);
var app = builder.Build();
app.MapOperatorHealth();
await app.RunAsync();
