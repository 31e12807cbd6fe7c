using System.ComponentModel.DataAnnotations;

namespace WhatsAppCampaigns.CampaignState;

/// <summary>
/// The Redis every program shares: the senders claim recipients, take the session lock and rate
/// limits and publish progress there; the webhook receiver settles claim records; the operator reads
/// progress and removes a campaign's keys. Each program binds it from the <c>Redis</c> section
/// (environment <c>Redis__Configuration</c>).
/// </summary>
public sealed class RedisOptions
{
    /// <summary>Configuration section.</summary>
    public const string SectionName = "Redis";

    /// <summary>StackExchange.Redis configuration string, e.g. <c>redis:6379,password=…</c>. Never logged.</summary>
    [Required]
    public string Configuration { get; set; } = "";

    /// <summary>The configuration may hold a password.</summary>
    public override string ToString() => "Redis (configuration hidden)";
}
