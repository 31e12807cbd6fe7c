using WhatsAppCampaigns.Operator.Entities;

namespace WhatsAppCampaigns.Operator.Reconciliation;

/// <summary>
/// The log scope of everything the operator does for one campaign (reconcile and finalize): Serilog turns
/// these pairs into properties of each line, so a campaign's lines can be found by campaign, run or session.
/// </summary>
internal static class CampaignLogScope
{
    /// <summary>The campaign's pairs; <c>Run</c> is the latest run in its status history, if any.</summary>
    public static Dictionary<string, object?> Of(V1WhatsAppCampaign campaign) => new()
    {
        ["Namespace"] = campaign.Metadata.NamespaceProperty, ["Name"] = campaign.Metadata.Name, ["Campaign"] = campaign.Metadata.Name,
        ["Session"] = campaign.Spec?.SessionRef?.Name, ["Run"] = campaign.Status?.History?.FirstOrDefault()?.RunId,
        ["Uid"] = campaign.Metadata.Uid, ["Generation"] = campaign.Metadata.Generation,
    };
}
