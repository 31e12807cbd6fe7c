// The operator host. Controllers are registered by the operator issue; until then the host
// serves only its liveness endpoint, so the container and chart can be wired end to end.
var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();
app.MapGet("/healthz/live", () => Results.Ok("live"));
await app.RunAsync();
