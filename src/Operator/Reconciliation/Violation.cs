namespace WhatsAppCampaigns.Operator.Reconciliation;

/// <summary>Why a campaign cannot run: the field at fault, a CamelCase reason and a message naming the field.</summary>
/// <param name="Field">JSON path of the field, e.g. <c>spec.schedule.cron</c>.</param>
/// <param name="Reason">Condition reason, e.g. <c>InvalidSchedule</c>.</param>
/// <param name="Detail">What is wrong with it.</param>
public sealed record Violation(string Field, string Reason, string Detail)
{
    /// <summary>"spec.schedule.cron: …", for condition messages and events.</summary>
    public string Message => $"{Field}: {Detail}";
}
