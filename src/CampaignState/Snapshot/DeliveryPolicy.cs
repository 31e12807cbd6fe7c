using System.Text.Json.Serialization;

namespace WhatsAppCampaigns.CampaignState.Snapshot;

/// <summary>
/// What to do with a recipient whose claim a dead holder left "sending" (sent or not is unknown);
/// the campaign's <c>spec.delivery.guarantee</c>, same JSON names.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<DeliveryPolicy>))]
public enum DeliveryPolicy
{
    /// <summary>Never risk a second message: leave it, count it unknown (a status webhook can settle it). Default.</summary>
    AtMostOnce,

    /// <summary>Never risk a missed message: claim it again and send.</summary>
    AtLeastOnce,
}
