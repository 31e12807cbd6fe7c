using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StackExchange.Redis;
using WhatsAppCampaigns.CampaignState;
using WhatsAppCampaigns.Webhooks.Hosting;
using WhatsAppCampaigns.Webhooks.Metrics;
using WhatsAppCampaigns.Webhooks.Payload;

namespace WhatsAppCampaigns.Webhooks.Delivery;

/// <summary>
/// Writes a parsed notification to Redis: statuses settle claim records and count delivery outcomes
/// per scope (taken from the callback data, never rebuilt); inbound messages record first replies
/// and opt-outs per session (mapped from the phone number id). Every write is a Lua script, so each
/// event is applied atomically, and idempotently under Meta's duplicates and reordering.
/// </summary>
/// <param name="database">The Redis database.</param>
/// <param name="options">The receiver's options (sessions, keywords).</param>
/// <param name="logger">The log.</param>
/// <param name="metrics">Counts each event by kind and outcome, and failures by error code.</param>
public sealed class WebhookApplier(IDatabaseAsync database, IOptions<WebhookOptions> options, ILogger<WebhookApplier> logger,
    IWebhookMetrics metrics)
{
    private readonly OptOutKeywordMatcher _keywords = new(options.Value.EffectiveOptOutKeywords);
    private readonly Dictionary<string, string> _sessions = options.Value.Sessions;

    /// <summary>Applies every event of <paramref name="payload"/>, in order.</summary>
    /// <param name="payload">The parsed notification.</param>
    /// <param name="cancellationToken">Stops between events; an event in flight completes or fails as a whole.</param>
    /// <exception cref="RedisException">Redis failed; events before it are applied (re-applying them is harmless).</exception>
    public async Task<ApplySummary> ApplyAsync(WebhookPayload payload, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(payload);
        var summary = new ApplySummary { Ignored = payload.Ignored };
        if (payload.Ignored > 0) metrics.EventApplied(WebhookEventKinds.Other, WebhookEventOutcomes.Ignored, payload.Ignored);
        foreach (var status in payload.Statuses)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await ApplyStatusAsync(status, summary);
        }
        foreach (var message in payload.Messages)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var stop = _keywords.IsOptOut(message.Text) || _keywords.IsOptOut(message.Payload);
            await ApplyInboundAsync(message.PhoneNumberId, message.From, message.UnixSeconds, stop ? "stop" : "", isReply: true,
                stop ? "keyword" : "", summary);
        }
        foreach (var preference in payload.Preferences)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var action = preference.Value switch { "stop" => "stop", "resume" => "resume", _ => null };
            if (action is null)
            {
                summary.Ignored++; // signup and future values: nothing to change
                metrics.EventApplied(WebhookEventKinds.Other, WebhookEventOutcomes.Ignored);
                continue;
            }
            await ApplyInboundAsync(preference.PhoneNumberId, preference.WaId, preference.UnixSeconds, action, isReply: false,
                "user_preferences", summary);
        }
        return summary;
    }

    private async Task ApplyStatusAsync(StatusUpdate status, ApplySummary summary)
    {
        if (!CallbackData.TryParse(status.CallbackData, out var scope, out var recipient))
        {
            summary.ForeignCallbackData++;
            metrics.EventApplied(WebhookEventKinds.OfStatus(status.Status), WebhookEventOutcomes.ForeignCallbackData);
            Log.ForeignCallbackData(logger, status.Status, status.CallbackData?.Length ?? 0);
            await database.HashIncrementAsync(DeliveryKeys.ReceiverStats, "foreignCallbackData");
            return;
        }
        var claims = new CampaignKeys(scope, "").Claims;
        var keys = new DeliveryKeys(scope);
        var code = status.Error?.Code ?? 0;
        var reason = status.Error?.Describe() ?? "";
        var result = await database.ScriptEvaluateAsync(DeliveryScripts.ApplyStatus,
            [claims, keys.Statuses, keys.Delivery],
            [recipient, status.Status, status.Wamid, Ms(status.UnixSeconds), code, reason]);
        var claim = (long)result[0];
        var masked = PhoneMask.Mask(recipient);
        if (claim < 0)
        {
            summary.Orphans++;
            metrics.EventApplied(WebhookEventKinds.OfStatus(status.Status), WebhookEventOutcomes.Orphan);
            Log.OrphanStatus(logger, status.Status, scope, masked);
            await database.HashIncrementAsync(DeliveryKeys.ReceiverStats, "orphanStatus");
            return;
        }
        summary.Statuses++;
        var rose = (long)result[1] == 1;
        if (claim == 1)
        {
            summary.ClaimsChanged++;
            if (status.Status == DeliveryStatus.Failed)
            {
                Log.MessageFailed(logger, scope, masked, code, reason);
                metrics.StatusFailed(code);
            }
            else
            {
                Log.InDoubtSettled(logger, scope, masked, status.Status);
            }
        }
        else
        {
            Log.StatusApplied(logger, status.Status, scope, masked, rose ? "rose" : "no change");
        }
        metrics.EventApplied(WebhookEventKinds.OfStatus(status.Status),
            claim == 1 || rose ? WebhookEventOutcomes.Applied : WebhookEventOutcomes.NoChange);
        // Remember which campaign last messaged the user, so a reply can be counted for it.
        if (_sessions.TryGetValue(status.PhoneNumberId, out var session))
            await database.HashSetAsync(DeliveryKeys.LastMessageOf(session), "+" + status.RecipientId, scope + "|" + recipient);
    }

    private async Task ApplyInboundAsync(string phoneNumberId, string waId, long unixSeconds, string action, bool isReply,
        string source, ApplySummary summary)
    {
        var member = "+" + waId;
        if (!_sessions.TryGetValue(phoneNumberId, out var session))
        {
            summary.UnknownPhoneNumber++;
            if (isReply) metrics.EventApplied(WebhookEventKinds.Message, WebhookEventOutcomes.UnknownPhoneNumberId);
            if (action.Length > 0) metrics.EventApplied(KindOf(action), WebhookEventOutcomes.UnknownPhoneNumberId);
            Log.UnknownPhoneNumber(logger, isReply ? "message" : "preference", PhoneMask.Mask(member), phoneNumberId);
            await database.HashIncrementAsync(DeliveryKeys.ReceiverStats, "unknownPhoneNumberId");
            return;
        }
        var ms = Ms(unixSeconds);
        var result = await database.ScriptEvaluateAsync(DeliveryScripts.ApplyInbound,
            [DeliveryKeys.RepliesOf(session), DeliveryKeys.LastMessageOf(session), CampaignKeys.OptOutOf(session), DeliveryKeys.OptOutEventsOf(session)],
            [member, ms, unixSeconds, action, isReply ? "1" : "0"]);
        var masked = PhoneMask.Mask(member);
        var firstReply = (long)result[0] == 1;
        if (firstReply)
        {
            summary.Replies++;
            Log.FirstReply(logger, masked, session);
        }
        if (isReply) metrics.EventApplied(WebhookEventKinds.Message, firstReply ? WebhookEventOutcomes.FirstReply : WebhookEventOutcomes.RepeatReply);
        var optOutChanged = (long)result[1] == 1;
        if (optOutChanged)
        {
            summary.OptOutChanges++;
            if (action == "stop") Log.OptedOut(logger, masked, session, source);
            else Log.Resumed(logger, masked, session);
        }
        if (action.Length > 0) metrics.EventApplied(KindOf(action), optOutChanged ? WebhookEventOutcomes.Applied : WebhookEventOutcomes.NoChange);
        if (isReply && (string?)result[2] is { Length: > 0 } last && last.IndexOf('|', StringComparison.Ordinal) is var bar and > 0)
        {
            var keys = new DeliveryKeys(last[..bar]);
            await database.ScriptEvaluateAsync(DeliveryScripts.CountReply, [keys.Replied, keys.Delivery], [last[(bar + 1)..], ms]);
        }
    }

    private static string KindOf(string action) => action == "stop" ? WebhookEventKinds.OptOut : WebhookEventKinds.Resume;

    private static string Ms(long unixSeconds) => (unixSeconds * 1000).ToString(CultureInfo.InvariantCulture);
}
