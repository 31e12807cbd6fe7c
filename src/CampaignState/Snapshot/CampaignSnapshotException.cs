namespace WhatsAppCampaigns.CampaignState.Snapshot;

/// <summary>The run snapshot is missing, unreadable or invalid: a configuration error, not worth a retry.</summary>
public sealed class CampaignSnapshotException : Exception
{
    /// <summary>Creates the exception.</summary>
    public CampaignSnapshotException() { }

    /// <summary>Creates the exception with a message naming the field.</summary>
    public CampaignSnapshotException(string message) : base(message) { }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public CampaignSnapshotException(string message, Exception innerException) : base(message, innerException) { }
}
