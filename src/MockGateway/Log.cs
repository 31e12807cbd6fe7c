using WhatsAppCampaigns.MockGateway.Webhooks;

namespace WhatsAppCampaigns.MockGateway;

/// <summary>Log messages of the mock gateway. Event ids: 1xx hosting, 2xx scenarios, 3xx webhooks.</summary>
internal static partial class Log
{
    [LoggerMessage(100, LogLevel.Information, "Mock gateway listening on {Address}: {Options}")]
    public static partial void Listening(ILogger logger, string address, string options);

    [LoggerMessage(200, LogLevel.Information, "Scenario replaced: seed {Seed}")]
    public static partial void ScenarioReplaced(ILogger logger, long seed);

    [LoggerMessage(201, LogLevel.Information, "Scenario loaded from {Path}: seed {Seed}")]
    public static partial void ScenarioLoaded(ILogger logger, string path, long seed);

    [LoggerMessage(202, LogLevel.Information, "Inspection state reset")]
    public static partial void StateReset(ILogger logger);

    [LoggerMessage(300, LogLevel.Warning, "Webhook POST of {Events} event(s) failed on attempt {Attempt} ({Failure}); retrying in {Delay}")]
    public static partial void WebhookRetry(ILogger<WebhookDispatcher> logger, int events, int attempt, string failure, TimeSpan delay);

    [LoggerMessage(301, LogLevel.Error, "Webhook POST of {Events} event(s) abandoned after {Attempt} attempts ({Failure})")]
    public static partial void WebhookAbandoned(ILogger<WebhookDispatcher> logger, int events, int attempt, string failure);
}
