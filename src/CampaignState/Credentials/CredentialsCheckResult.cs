namespace WhatsAppCampaigns.CampaignState.Credentials;

/// <summary>The classified answer to a credentials check.</summary>
/// <param name="Verdict">What the answer proved.</param>
/// <param name="Reason">A condition reason in PascalCase (the operator's session condition uses it as is).</param>
/// <param name="Message">What was found, in plain words, with the HTTP status and Graph error code.</param>
public sealed record CredentialsCheckResult(CredentialsVerdict Verdict, string Reason, string Message)
{
    /// <summary>The token was authenticated for the number (an over-rate answer proves it too).</summary>
    public bool CredentialsAccepted => Verdict is CredentialsVerdict.Accepted or CredentialsVerdict.Throttled;

    /// <summary>Nothing the operator can fix was found; asking again later may succeed.</summary>
    public bool Transient => Verdict is CredentialsVerdict.Throttled or CredentialsVerdict.Unavailable or CredentialsVerdict.Unreachable;
}
