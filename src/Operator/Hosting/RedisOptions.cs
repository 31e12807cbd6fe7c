using System.ComponentModel.DataAnnotations;

namespace WhatsAppCampaigns.Operator.Hosting;

/// <summary>The Redis the senders publish progress to (the operator reads it and cleans up after campaigns).</summary>
public sealed class RedisOptions
{
    /// <summary>Configuration section.</summary>
    public const string SectionName = "Redis";

    /// <summary>Redis.Client configuration string, e.g. <c>redis:6379</c>; also handed to senders unless <see cref="SenderJobOptions.RedisConfiguration"/> is set. Never logged.</summary>
    [Required]
    public string Configuration { get; set; } = "";

    /// <summary>The configuration may hold a password.</summary>
    public override string ToString() => "Redis (configuration hidden)";
}
