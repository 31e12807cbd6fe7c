using WhatsAppCampaigns.CampaignState.Snapshot;

namespace WhatsAppCampaigns.CampaignState.Personalization;

/// <summary>A personalized message, or why there is none: the variables this recipient has no value for, or a text too long.</summary>
/// <param name="Message">The message with every placeholder filled; null when any is missing.</param>
/// <param name="MissingVariables">Variables (as written in the message) with an empty cell and no default.</param>
public sealed record PersonalizationResult(CampaignMessage? Message, IReadOnlyList<string> MissingVariables)
{
    /// <summary>Set when the values made the text longer than WhatsApp accepts.</summary>
    public string? TooLong { get; init; }

    /// <summary>True when the message is complete.</summary>
    public bool IsComplete => Message is not null;
}
