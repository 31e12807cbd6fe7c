// The WhatsApp Cloud API stand-in. Endpoints are added by the mock gateway issue.
var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();
app.MapGet("/health", () => Results.Ok("healthy"));
await app.RunAsync();
