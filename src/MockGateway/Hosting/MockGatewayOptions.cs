using System.ComponentModel.DataAnnotations;
using WhatsAppCampaigns.MockGateway.Scenarios;

namespace WhatsAppCampaigns.MockGateway.Hosting;

/// <summary>
/// Everything the mock gateway is configured with: the business, its phone numbers and tokens,
/// the approved templates, the messaging limit, webhook delivery and the starting scenario.
/// Bound from the <c>MockGateway</c> configuration section (appsettings, environment variables
/// such as <c>MockGateway__Scenario__Seed=7</c>, command line) or passed to
/// <see cref="MockGatewayHost.StartAsync(MockGatewayOptions, CancellationToken)"/>.
/// </summary>
public sealed class MockGatewayOptions
{
    /// <summary>The configuration section these options bind from.</summary>
    public const string SectionName = "MockGateway";

    /// <summary>The WhatsApp Business Account id, sent as <c>entry[].id</c> in webhooks.</summary>
    [Required]
    public string BusinessAccountId { get; set; } = "102290129340398";

    /// <summary>The registered business phone numbers; a send to any other id fails with code 100.</summary>
    public List<PhoneNumberOptions> PhoneNumbers { get; set; } = [];

    /// <summary>The template registry; a template send must name one of these (else 132001).</summary>
    public List<TemplateOptions> Templates { get; set; } = [];

    /// <summary>
    /// Unique recipients the business may start conversations with (templates outside an open
    /// customer-service window) in a moving 24 hours, shared by all its numbers (Meta's
    /// portfolio messaging limit, e.g. 250, 2000, 10000, 100000). Null (default) is unlimited.
    /// </summary>
    [Range(1, int.MaxValue)]
    public int? MessagingLimit { get; set; }

    /// <summary>
    /// The code returned (HTTP 429) when <see cref="MessagingLimit"/> is exhausted. Meta documents
    /// no dedicated code for this; 131048 (spam rate limit, 429) is what BSPs report. Default 131048.
    /// </summary>
    public int MessagingLimitErrorCode { get; set; } = 131048;

    /// <summary>Pair rate limit: the steady interval between messages to one user. Default 6 s.</summary>
    public TimeSpan PairRateInterval { get; set; } = TimeSpan.FromSeconds(6);

    /// <summary>Pair rate limit: messages to one user tolerated in a burst. Default 45.</summary>
    [Range(1, 100_000)]
    public int PairRateBurst { get; set; } = 45;

    /// <summary>Where and how status and inbound-message webhooks are delivered.</summary>
    public WebhookOptions Webhooks { get; set; } = new();

    /// <summary>The scenario in force at start (seed, outcomes, latency, replies, chaos).</summary>
    public Scenario Scenario { get; set; } = new();

    /// <summary>
    /// A JSON or YAML file holding a <see cref="Scenarios.Scenario"/>; when set it replaces
    /// <see cref="Scenario"/> at start. Chosen by extension (.json, .yaml, .yml).
    /// </summary>
    public string? ScenarioFile { get; set; }

    /// <summary>
    /// Keep whole accepted messages (bodies, parameters, callback data) for the inspection API, the
    /// most recent <see cref="MaxRecordedMessages"/> of them. Default true. Counts and the last
    /// message per recipient are kept either way (they are part of the rules' per-user state).
    /// </summary>
    public bool RecordMessages { get; set; } = true;

    /// <summary>
    /// How many of the most recent accepted messages are kept whole when <see cref="RecordMessages"/>
    /// is on; older ones leave <c>GET /inspection/messages</c> but stay counted per recipient.
    /// Bounds memory for long demos and benchmarks (about 1 KB per kept message). Default 10,000.
    /// </summary>
    [Range(1, 10_000_000)]
    public int MaxRecordedMessages { get; set; } = 10_000;

    /// <summary>Largest request body accepted by the send endpoint, in bytes. Default 64 KiB.</summary>
    [Range(1024, 16 * 1024 * 1024)]
    public int MaxRequestBodyBytes { get; set; } = 64 * 1024;

    /// <summary>A development configuration: one number, one token, three templates, no webhooks.</summary>
    public static MockGatewayOptions CreateDefault() => new()
    {
        PhoneNumbers = [new PhoneNumberOptions()],
        Templates =
        [
            new TemplateOptions { Name = "hello_world", Language = "en_US", Category = "UTILITY" },
            new TemplateOptions { Name = "spring_offer", Language = "de", BodyParameters = 1 },
            new TemplateOptions { Name = "spring_offer", Language = "en_US", BodyParameters = 1 },
        ],
    };

    /// <inheritdoc/>
    public override string ToString() =>
        $"MockGateway(business={BusinessAccountId}, numbers={PhoneNumbers.Count}, templates={Templates.Count}, " +
        $"messagingLimit={MessagingLimit?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "unlimited"}, " +
        $"webhooks={(Webhooks.CallbackUrl is null ? "off" : "on")})";
}
