using System.Text.Json.Serialization;

namespace WhatsAppCampaigns.CampaignState.Snapshot;

/// <summary>Where a recipient is messaged at most once (the campaign's <c>spec.delivery.dedupeScope</c>).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<DedupeScope>))]
public enum DedupeScope
{
    /// <summary>Within one run: every run of the campaign messages everyone again.</summary>
    Run,

    /// <summary>Across all runs of the campaign (default): a re-run never re-sends.</summary>
    Campaign,

    /// <summary>Across every campaign of the session: nobody gets two campaigns' messages from that number.</summary>
    Session,
}
