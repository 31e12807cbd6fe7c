using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using WhatsAppCampaigns.CampaignState;
using WhatsAppCampaigns.Webhooks.Hosting;

namespace WhatsAppCampaigns.WebhookReceiver.Hosting;

/// <summary>
/// The receiver running in-process on 127.0.0.1 and a free port, for tests:
/// <c>await using var receiver = await WebhookReceiverHost.StartAsync(redisEndpoint, o => { o.AppSecret = "s"; ... });</c>
/// then point the sender of webhooks at <see cref="CallbackUri"/>.
/// </summary>
public sealed class WebhookReceiverHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private WebhookReceiverHost(WebApplication app, Uri baseAddress)
    {
        _app = app;
        BaseAddress = baseAddress;
        CallbackUri = new Uri(baseAddress, app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<WebhookOptions>>().Value.Path.TrimStart('/'));
    }

    /// <summary>The root URL, ending in <c>/</c>.</summary>
    public Uri BaseAddress { get; }

    /// <summary>The webhook callback URL (GET handshake, POST notifications).</summary>
    public Uri CallbackUri { get; }

    /// <summary>The receiver's services.</summary>
    public IServiceProvider Services => _app.Services;

    /// <summary>Starts a receiver on Redis <paramref name="redisConfiguration"/>, with options set by <paramref name="configure"/>.</summary>
    /// <param name="redisConfiguration">StackExchange.Redis configuration string.</param>
    /// <param name="configure">Sets the app secret, verify token, sessions, keywords.</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    public static async Task<WebhookReceiverHost> StartAsync(string redisConfiguration, Action<WebhookOptions> configure,
        CancellationToken cancellationToken = default)
    {
        // The empty builder reads no appsettings or environment: the caller's options are the whole truth.
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.Configuration.AddInMemoryCollection([new(RedisOptions.SectionName + ":Configuration", redisConfiguration)]);
        builder.WebHost.UseKestrelCore().ConfigureKestrel(k => k.AddServerHeader = false);
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Services.AddRoutingCore();
        builder.Services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        await builder.AddWebhookReceiverAsync(configure);
        var app = builder.Build();
        try
        {
            app.UseRouting();
            app.MapWebhookReceiver();
            await app.StartAsync(cancellationToken);
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new WebhookReceiverHost(app, new Uri(address.TrimEnd('/') + "/"));
    }

    /// <summary>Stops the receiver and frees the port.</summary>
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
