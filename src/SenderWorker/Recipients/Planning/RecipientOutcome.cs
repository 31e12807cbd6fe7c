namespace WhatsAppCampaigns.SenderWorker.Recipients.Planning;

/// <summary>
/// Where a row ends up before sending. The send loop adds its own terminal outcomes (opted out,
/// sent, failed, unknown) for the rows planned <see cref="Valid"/>.
/// </summary>
public enum RecipientOutcome
{
    /// <summary>To be sent.</summary>
    Valid,

    /// <summary>The row cannot be used: unreadable, empty or invalid phone, empty recipient id.</summary>
    Invalid,

    /// <summary>Same recipient id (when mapped) or same E.164 number as an earlier valid row.</summary>
    Duplicate,

    /// <summary>The message uses a variable this row has no value for and no default covers.</summary>
    MissingVariable,
}
