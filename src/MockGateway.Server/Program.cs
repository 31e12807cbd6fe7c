using WhatsAppCampaigns.MockGateway.Hosting;

// The WhatsApp Cloud API stand-in (issue 6), reference: shared/reference/whatsapp-cloud-api.md.
//   dotnet run --project src/MockGateway.Server -- --urls http://127.0.0.1:8080
// Configuration: the "MockGateway" section (MockGatewayOptions), e.g. environment
// MockGateway__Webhooks__CallbackUrl=http://… or MockGateway__ScenarioFile=scenario.yaml.
// The gateway itself is the MockGateway library; tests and the local mode start it in-process with MockGatewayHost.StartAsync.
var builder = WebApplication.CreateSlimBuilder(args);
builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);
// ASP.NET Core logs four Information lines per request; at thousands of sends per second the
// console becomes the bottleneck. Configuring Logging:LogLevel:Microsoft.AspNetCore brings them back.
if (builder.Configuration["Logging:LogLevel:Microsoft.AspNetCore"] is null)
    builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
builder.Services.AddMockGateway();

var app = builder.Build();
app.MapMockGateway();
await app.RunAsync();
