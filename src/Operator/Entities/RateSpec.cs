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

    /// <summary>Messages that may go at once above the steady rate.</summary>
    [Description("Messages that may be sent at once above the steady rate.")]
    [RangeMinimum(Minimum = 1)]
    [RangeMaximum(Maximum = 10000)]
    public int? Burst { get; set; }
}
