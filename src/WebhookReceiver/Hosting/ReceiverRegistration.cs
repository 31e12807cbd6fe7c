using Microsoft.Extensions.Options;
using StackExchange.Redis;
using WhatsAppCampaigns.CampaignState;
using WhatsAppCampaigns.Webhooks.Hosting;
using WhatsAppCampaigns.WebhookReceiver.Metrics;
using WhatsAppCampaigns.Webhooks.Http;

namespace WhatsAppCampaigns.WebhookReceiver.Hosting;

/// <summary>Registration and routes of the receiver: Redis, the webhook services, the body limit, health.</summary>
public static class ReceiverRegistration
{
    /// <summary>
    /// Connects to Redis (<c>Redis:Configuration</c>) and adds the webhook services. The connection
    /// fails fast while Redis is down (no backlog), so a POST answers 503 at once and Meta redelivers
    /// instead of the request waiting out Meta's few-second timeout.
    /// </summary>
    /// <param name="builder">The application builder.</param>
    /// <param name="configure">Changes to <see cref="WebhookOptions"/> after binding (tests).</param>
    /// <exception cref="OptionsValidationException"><c>Redis:Configuration</c> is missing.</exception>
    public static async Task AddWebhookReceiverAsync(this WebApplicationBuilder builder, Action<WebhookOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var redis = builder.Configuration.GetSection(RedisOptions.SectionName).Get<RedisOptions>() ?? new RedisOptions();
        if (string.IsNullOrWhiteSpace(redis.Configuration))
            throw new OptionsValidationException(RedisOptions.SectionName, typeof(RedisOptions),
                ["Redis:Configuration is required (environment: Redis__Configuration=host:6379)"]);
        var config = ConfigurationOptions.Parse(redis.Configuration);
        config.AbortOnConnectFail = false; // start (and answer /readyz 503) while Redis is still coming up
        config.BacklogPolicy = BacklogPolicy.FailFast;
        var multiplexer = await ConnectionMultiplexer.ConnectAsync(config);
        builder.Services.AddSingleton<IConnectionMultiplexer>(_ => multiplexer); // a factory, so the container disposes it
        builder.Services.AddWhatsAppWebhooks(configure);
        builder.Services.AddReceiverMetrics();
        var maxBody = builder.Configuration.GetValue<int?>($"{WebhookOptions.SectionName}:{nameof(WebhookOptions.MaxBodyBytes)}");
        var limit = new WebhookOptions();
        configure?.Invoke(limit);
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = maxBody ?? limit.MaxBodyBytes);
    }

    /// <summary>Maps the callback path (GET handshake, POST notifications), <c>/metrics</c>, <c>/healthz</c> and <c>/readyz</c>.</summary>
    /// <param name="app">The application.</param>
    public static WebApplication MapWebhookReceiver(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapWhatsAppWebhooks();
        app.MapReceiverMetrics();
        app.MapGet("/healthz", () => Results.Text("live"));
        app.MapGet("/readyz", async (IConnectionMultiplexer redis) =>
        {
            try
            {
                await redis.GetDatabase().PingAsync();
                return Results.Text("ready");
            }
            catch (Exception ex) when (ex is RedisException or TimeoutException)
            {
                return Results.Text($"redis: {ex.Message}", statusCode: StatusCodes.Status503ServiceUnavailable);
            }
        });
        return app;
    }
}
