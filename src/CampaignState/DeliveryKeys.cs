using System.Globalization;

namespace WhatsAppCampaigns.CampaignState;

/// <summary>
/// The Redis keys the webhook receiver writes beside <see cref="CampaignKeys"/>: per scope, the
/// highest delivery status of each recipient and the counts derived from it; per session, the first
/// reply of each user and the order of their opt-out/resume events. The scope keys share the claims
/// hash's <c>sender:{scope}:</c> prefix, so one Lua script may touch all of them (one cluster slot)
/// and <see cref="CampaignKeys.AllKeysPattern"/> deletes them with the campaign. Pure.
/// </summary>
/// <param name="Scope">The scope exactly as the callback data carried it (never rebuilt).</param>
public sealed record DeliveryKeys(string Scope)
{
    /// <summary>Count field: recipients whose message failed after it was accepted (a <c>failed</c> status webhook).</summary>
    public const string FailedField = "failed";

    /// <summary>Count field: recipients whose highest status is <c>delivered</c> or <c>read</c> (read implies delivered).</summary>
    public const string DeliveredField = "delivered";

    /// <summary>Count field: recipients whose highest status is <c>read</c>.</summary>
    public const string ReadField = "read";

    /// <summary>Count field: recipients that wrote back after this scope's message (see <see cref="Replied"/>).</summary>
    public const string RepliedField = "replied";

    /// <summary>Prefix of the per-code failure count fields, <c>failedCode:131026</c>.</summary>
    public const string FailedCodePrefix = "failedCode:";

    /// <summary>Hash: recipient key (as in the claims hash) → highest status: <c>sent</c>, <c>delivered</c>, <c>read</c> or <c>failed</c>.</summary>
    public string Statuses => $"sender:{{{Scope}}}:statuses";

    /// <summary>Hash of counts: <see cref="FailedField"/>, <see cref="DeliveredField"/>, <see cref="ReadField"/>,
    /// <see cref="RepliedField"/> and <see cref="FailedCodeField"/> fields; each recipient counted once.</summary>
    public string Delivery => DeliveryOf(Scope);

    /// <summary>Hash: recipient key → Unix ms of the first reply attributed to this scope.</summary>
    public string Replied => $"sender:{{{Scope}}}:replied";

    /// <summary>The delivery counts hash of a scope (see <see cref="Delivery"/>).</summary>
    /// <param name="scope">The scope.</param>
    public static string DeliveryOf(string scope) => $"sender:{{{scope}}}:delivery";

    /// <summary>The count field of one Cloud API error code.</summary>
    /// <param name="code">The error code, e.g. 131026.</param>
    public static string FailedCodeField(int code) => FailedCodePrefix + code.ToString(CultureInfo.InvariantCulture);

    /// <summary>Hash: <c>+wa_id</c> → Unix ms of the user's first inbound message to the session (follow-ups skip them).</summary>
    /// <param name="session">The session name.</param>
    public static string RepliesOf(string session) => $"replies:{{{session}}}";

    /// <summary>
    /// Hash: <c>+wa_id</c> → <c>unixSeconds|stop</c> or <c>unixSeconds|resume</c>, the newest opt-out event
    /// applied to <see cref="CampaignKeys.OptOutOf"/>, so a late older event cannot undo a newer one.
    /// </summary>
    /// <param name="session">The session name.</param>
    public static string OptOutEventsOf(string session) => $"optout-events:{{{session}}}";

    /// <summary>
    /// Hash: <c>+wa_id</c> → <c>scope|recipientKey</c> of the last message a status webhook showed for that user
    /// on the session, so a later reply can be attributed to its campaign.
    /// </summary>
    /// <param name="session">The session name.</param>
    public static string LastMessageOf(string session) => $"lastmessage:{{{session}}}";

    /// <summary>Hash of the receiver's own counts (events it could not tie to anything), not per scope.</summary>
    public const string ReceiverStats = "webhooks:stats";
}
