namespace WhatsAppCampaigns.CampaignState.Credentials;

/// <summary>What a credentials check (<see cref="CredentialsCheck"/>) proved about a session's number and token.</summary>
public enum CredentialsVerdict
{
    /// <summary>The gateway authenticated the token and refused only the empty request (error 100 or 131008).</summary>
    Accepted,

    /// <summary>The token was authenticated but the number or app is over its rate (429, errors 4, 80007, 130429): try later.</summary>
    Throttled,

    /// <summary>The gateway answered but is down or overloaded (5xx, errors 1, 2, 131000, 131016, 133004, 131057): try later.</summary>
    Unavailable,

    /// <summary>No answer at all (connection refused, reset, timeout): try later.</summary>
    Unreachable,

    /// <summary>The token is invalid, expired or lacks a permission (401/403, errors 0, 190, 3, 10, 200–299, 131005).</summary>
    CredentialsRejected,

    /// <summary>The gateway does not know the phone number id (error 100 subcode 33, or a 404 without an error code).</summary>
    PhoneNumberNotFound,

    /// <summary>The account cannot send until someone acts (locked, blocked, billing, not registered: 131031, 368, 131042, 131037, 131064, 133010, 131048).</summary>
    AccountRestricted,
}
