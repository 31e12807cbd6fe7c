namespace WhatsAppCampaigns.CampaignState;

/// <summary>What the claim script said about one recipient.</summary>
public enum ClaimOutcome
{
    /// <summary>Nobody had it: this holder claimed it and sends.</summary>
    Claimed,

    /// <summary>It says "sending" by this very holder (a claim retried after a lost reply): send it.</summary>
    OwnClaim,

    /// <summary>"sending" by a holder that is gone, re-claimed under the at-least-once policy: send it.</summary>
    Reclaimed,

    /// <summary>"sending" by a holder that is gone: at-most-once, so not re-sent; counted unknown.</summary>
    InDoubt,

    /// <summary>Sent or failed in an earlier run: not sent again.</summary>
    AlreadyDone,

    /// <summary>The number is in the session's opt-out set.</summary>
    OptedOut,

    /// <summary>An earlier row of the run names the same recipient (the claim script answers with that row's number): not claimed.</summary>
    Duplicate,
}
