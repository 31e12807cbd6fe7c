using System.ComponentModel.DataAnnotations;

namespace WhatsAppCampaigns.SenderWorker.Hosting;

/// <summary>The Redis holding locks, claims, rate limits and progress.</summary>
public sealed class RedisOptions
{
    /// <summary>Configuration section.</summary>
    public const string SectionName = "Redis";

    /// <summary>StackExchange.Redis-style configuration string, e.g. "redis:6379,password=…"; never logged.</summary>
    [Required]
    public string Configuration { get; set; } = "";

    /// <summary>The configuration may hold a password.</summary>
    public override string ToString() => "Redis (configuration hidden)";
}
