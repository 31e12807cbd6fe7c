using WhatsAppCampaigns.CampaignState;
using WhatsAppCampaigns.CampaignState.Snapshot;

namespace WhatsAppCampaigns.SenderWorker.Dedupe;

/// <summary>The run's Redis keys, claims scope chosen by the campaign's dedupe scope. Pure.</summary>
internal static class ClaimsScopes
{
    /// <summary>The run id used when the snapshot names none.</summary>
    public const string DefaultRun = "run";

    /// <summary>
    /// Run: a fresh claims scope per run id; Campaign: the campaign's own scope (every run shares
    /// it); Session: one scope for every campaign of the session. Progress and row outcomes always
    /// stay under the campaign's scope.
    /// </summary>
    public static CampaignKeys KeysOf(CampaignRunSnapshot snapshot, DedupeScope scope)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var campaign = CampaignKeys.ScopeOf(snapshot.Namespace, snapshot.Campaign);
        return new CampaignKeys(campaign, snapshot.Session)
        {
            ClaimsScope = scope switch
            {
                DedupeScope.Run => CampaignKeys.RunClaimsScopeOf(snapshot.Namespace, snapshot.Campaign, snapshot.RunId ?? DefaultRun),
                DedupeScope.Session => CampaignKeys.SessionClaimsScopeOf(snapshot.Namespace, snapshot.Session),
                _ => campaign,
            },
        };
    }
}
