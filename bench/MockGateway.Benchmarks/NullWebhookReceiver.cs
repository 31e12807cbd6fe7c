using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace MockGateway.Benchmarks;

/// <summary>A webhook receiver that reads each body and answers 200, in the same process, on loopback.</summary>
internal sealed class NullWebhookReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private long _posts;

    private NullWebhookReceiver(WebApplication app) => _app = app;

    public Uri Url { get; private set; } = null!;

    public long Posts => Interlocked.Read(ref _posts);

    public static async Task<NullWebhookReceiver> StartAsync()
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().UseUrls("http://127.0.0.1:0");
        builder.Services.AddRoutingCore();
        builder.Services.AddLogging(l => l.SetMinimumLevel(LogLevel.Warning));
        var app = builder.Build();
        var receiver = new NullWebhookReceiver(app);
        app.UseRouting();
        app.MapPost("/webhook", async (HttpRequest request) =>
        {
            await request.Body.CopyToAsync(Stream.Null);
            Interlocked.Increment(ref receiver._posts);
            return Results.Ok();
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        receiver.Url = new Uri(address.TrimEnd('/') + "/webhook");
        return receiver;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
