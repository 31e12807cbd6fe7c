using System.ComponentModel.DataAnnotations;

namespace WhatsAppCampaigns.WebhookReceiver.Hosting;

/// <summary>The Redis the senders claim recipients in; the receiver settles their records there.</summary>
public sealed class RedisOptions
{
    /// <summary>Configuration section.</summary>
    public const string SectionName = "Redis";

    /// <summary>Redis.Client configuration string, e.g. <c>redis:6379,password=...</c>. Never logged.</summary>
    [Required]
    public string Configuration { get; set; } = "";

    /// <summary>The configuration may hold a password.</summary>
    public override string ToString() => "Redis (configuration hidden)";
}
