namespace WhatsAppCampaigns.MockGateway.Scenarios;

/// <summary>
/// How the simulated world behaves: every random choice (outcome, latency, reply, duplicate,
/// reorder, chaos) is a pure function of <see cref="Seed"/> and the message's identity, so a fixed
/// seed replays the same outcomes however the sends interleave. Settable from a JSON/YAML file,
/// configuration (environment) or <c>PUT /admin/scenario</c> at run time.
/// </summary>
public sealed class Scenario
{
    /// <summary>The seed of every random choice. Default 1.</summary>
    public long Seed { get; set; } = 1;

    /// <summary>Probabilities of the final message status.</summary>
    public OutcomeScenario Outcomes { get; set; } = new();

    /// <summary>Delays of the HTTP answer and of each status webhook.</summary>
    public LatencyScenario Latency { get; set; } = new();

    /// <summary>Simulated user replies (inbound messages), including the STOP keyword.</summary>
    public ReplyScenario Replies { get; set; } = new();

    /// <summary>Recipients (wa_id or phone, any formatting) that never reply.</summary>
    public List<string> NeverReply { get; set; } = [];

    /// <summary>Recipients that are not on WhatsApp: accepted, then a <c>failed</c> status with 131026.</summary>
    public List<string> NotOnWhatsApp { get; set; } = [];

    /// <summary>Duplicated and reordered webhooks, as Meta's at-least-once, unordered delivery does.</summary>
    public WebhookScenario Webhooks { get; set; } = new();

    /// <summary>Server errors, connection resets, latency spikes and 429 storms on the send endpoint.</summary>
    public ChaosScenario Chaos { get; set; } = new();
}
