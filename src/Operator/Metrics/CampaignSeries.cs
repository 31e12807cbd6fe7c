using WhatsAppCampaigns.Operator.Entities;
using static WhatsAppCampaigns.Operator.Entities.V1WhatsAppCampaign;

namespace WhatsAppCampaigns.Operator.Metrics;

/// <summary>
/// The campaign gauges' desired series, computed from campaigns as read (pure): one recipients
/// series per status count that is set, and one phase series per phase (1 for the current one).
/// </summary>
public static class CampaignSeries
{
    /// <summary>The <c>outcome</c> label values: the status count fields, named as in the status JSON.</summary>
    public static readonly IReadOnlyList<(string Outcome, Func<CampaignCounts, long?> Read)> Counts =
    [
        ("rows", c => c.Rows),
        ("valid", c => c.Valid),
        ("invalid", c => c.Invalid),
        ("duplicate", c => c.Duplicate),
        ("optedOut", c => c.OptedOut),
        ("sent", c => c.Sent),
        ("failed", c => c.Failed),
        ("unknown", c => c.Unknown),
        ("delivered", c => c.Delivered),
        ("read", c => c.Read),
        ("replied", c => c.Replied),
    ];

    /// <summary>[namespace, campaign, outcome] → count, for counts the status carries (an unset count has no series).</summary>
    public static IEnumerable<Sample> Recipients(IEnumerable<V1WhatsAppCampaign> campaigns) =>
        from campaign in campaigns
        let counts = campaign.Status?.Counts
        where counts is not null
        from field in Counts
        let value = field.Read(counts)
        where value is not null
        select new Sample([Namespace(campaign), campaign.Metadata.Name ?? "", field.Outcome], value.Value);

    /// <summary>[namespace, campaign, phase] → 1 for the current phase, 0 for every other (all 0 before the first status).</summary>
    public static IEnumerable<Sample> Phases(IEnumerable<V1WhatsAppCampaign> campaigns) =>
        from campaign in campaigns
        from phase in Enum.GetValues<CampaignPhase>()
        select new Sample([Namespace(campaign), campaign.Metadata.Name ?? "", phase.ToString()],
            campaign.Status?.Phase == phase ? 1 : 0);

    private static string Namespace(V1WhatsAppCampaign campaign) => campaign.Metadata.NamespaceProperty ?? "";

    /// <summary>One series: its label values and value.</summary>
    /// <param name="Labels">Label values in the gauge's label order.</param>
    /// <param name="Value">The value.</param>
    public sealed record Sample(string[] Labels, double Value);
}
