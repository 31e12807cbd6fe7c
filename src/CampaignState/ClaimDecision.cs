using WhatsAppCampaigns.CampaignState.Snapshot;

namespace WhatsAppCampaigns.CampaignState;

/// <summary>
/// The claim rule, as the claim script applies it atomically in Redis (<see cref="ClaimScripts.Claim"/>);
/// kept here as a pure function so the table is tested by name and readable in one place.
/// </summary>
public static class ClaimDecision
{
    /// <summary>The outcome for a recipient whose field holds <paramref name="current"/>.</summary>
    public static ClaimOutcome Decide(string? current, string holder, bool optedOut, DeliveryPolicy policy)
    {
        if (optedOut) return ClaimOutcome.OptedOut;
        if (string.IsNullOrEmpty(current)) return ClaimOutcome.Claimed;
        var record = ClaimRecord.Parse(current);
        if (record is null || record.State != ClaimRecord.Sending) return ClaimOutcome.AlreadyDone;
        if (record.Value == holder) return ClaimOutcome.OwnClaim;
        return policy == DeliveryPolicy.AtLeastOnce ? ClaimOutcome.Reclaimed : ClaimOutcome.InDoubt;
    }

    /// <summary>The script's one-letter answer.</summary>
    public static ClaimOutcome FromCode(string code) => code switch
    {
        "C" => ClaimOutcome.Claimed,
        "W" => ClaimOutcome.OwnClaim,
        "R" => ClaimOutcome.Reclaimed,
        "D" => ClaimOutcome.InDoubt,
        "A" => ClaimOutcome.AlreadyDone,
        "O" => ClaimOutcome.OptedOut,
        "U" => ClaimOutcome.Duplicate,
        _ => throw new InvalidOperationException($"unknown claim script answer '{code}'"),
    };
}
