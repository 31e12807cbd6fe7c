namespace WhatsAppCampaigns.SenderWorker.Gateway;

/// <summary>Why no HTTP response arrived, as far as it matters for duplicates.</summary>
internal enum TransportFailure
{
    /// <summary>A response arrived.</summary>
    None,

    /// <summary>The connection could not be made: the request never left, re-sending cannot duplicate.</summary>
    NotConnected,

    /// <summary>The request went out but the answer was lost (reset, timeout): it may have been accepted.</summary>
    ReplyLost,
}
