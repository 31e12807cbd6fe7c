using Kube.Operator.Entities.Attributes;

namespace WhatsAppCampaigns.Operator.Entities;

/// <summary>A send rate: steady messages per second and a burst.</summary>
public sealed class RateSpec
{
    /// <summary>Steady rate.</summary>
    [Required]
    [Description("Steady sending rate in messages per second.")]
    [RangeMinimum(Minimum = 0, ExclusiveMinimum = true)]
    [RangeMaximum(Maximum = 1000)]
    public double MessagesPerSecond { get; set; }

    /// <summary>Accepted for compatibility; the pacer sends one interval apart and allows no burst.</summary>
    [Description("Not used by the pacer: a number's limit counts every second, so sends go one interval apart with no burst on top. Accepted for compatibility.")]
    [RangeMinimum(Minimum = 1)]
    [RangeMaximum(Maximum = 10000)]
    public int? Burst { get; set; }
}
