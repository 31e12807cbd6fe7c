namespace WhatsAppCampaigns.SenderWorker.Recipients.Planning;

/// <summary>How many rows share a reason.</summary>
/// <param name="Reason">The reason code (or, for missing variables, the variable).</param>
/// <param name="Count">Rows with it.</param>
public sealed record ReasonCount(string Reason, long Count);
