namespace WhatsAppCampaigns.SenderWorker.Dedupe;

/// <summary>A newer holder's fencing token was seen for the scope: this process lost the session and must stop.</summary>
public sealed class StaleHolderException(string message, Exception inner) : Exception(message, inner);
