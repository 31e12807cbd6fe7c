using WhatsAppCampaigns.SenderWorker.Campaigns;

namespace WhatsAppCampaigns.SenderWorker.Personalization;

/// <summary>A personalized message, or the variables this recipient has no value for.</summary>
/// <param name="Message">The message with every placeholder filled; null when any is missing.</param>
/// <param name="MissingVariables">Variables (as written in the message) with an empty cell and no default.</param>
public sealed record PersonalizationResult(CampaignMessage? Message, IReadOnlyList<string> MissingVariables)
{
    /// <summary>True when the message is complete.</summary>
    public bool IsComplete => Message is not null;
}
