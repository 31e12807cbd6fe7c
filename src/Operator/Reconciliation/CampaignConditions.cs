using k8s.Models;

namespace WhatsAppCampaigns.Operator.Reconciliation;

/// <summary>
/// Condition types of a campaign (kstatus-compatible) and the rule for setting them: a condition
/// keeps its lastTransitionTime unless its status flips (apimachinery's SetStatusCondition). Pure.
/// </summary>
public static class CampaignConditions
{
    /// <summary>The spec is valid and the campaign is doing what it should.</summary>
    public const string Ready = "Ready";

    /// <summary>A run is sending.</summary>
    public const string Progressing = "Progressing";

    /// <summary>Terminal: the last run finished sending (<c>kubectl wait --for=condition=Completed</c>).</summary>
    public const string Completed = "Completed";

    /// <summary>kstatus' abnormal-true condition: the campaign cannot make progress without a change (invalid spec, failed run).</summary>
    public const string Stalled = "Stalled";

    /// <summary>The conditions with one set: appended when new; replaced otherwise, keeping lastTransitionTime unless the status flips.</summary>
    public static List<V1Condition> Set(IEnumerable<V1Condition>? existing, string type, bool? status, string reason, string message,
        long? generation, DateTime now)
    {
        var list = (existing ?? []).Select(Copy).ToList();
        var text = status switch { true => "True", false => "False", _ => "Unknown" };
        var index = list.FindIndex(c => c.Type == type);
        // The package's V1Condition.LastTransitionTime is not nullable: a condition stored without one reads as default.
        var transition = index >= 0 && list[index].Status == text && list[index].LastTransitionTime != default ? list[index].LastTransitionTime : now;
        var condition = new V1Condition
        {
            Type = type,
            Status = text,
            Reason = reason,
            Message = message.Length > 32768 ? message[..32768] : message,
            ObservedGeneration = generation,
            LastTransitionTime = transition,
        };
        if (index >= 0) list[index] = condition;
        else list.Add(condition);
        return list;
    }

    /// <summary>The conditions without <paramref name="type"/>.</summary>
    public static List<V1Condition> Remove(IEnumerable<V1Condition>? existing, string type) =>
        (existing ?? []).Where(c => c.Type != type).Select(Copy).ToList();

    private static V1Condition Copy(V1Condition c) => new()
    {
        Type = c.Type, Status = c.Status, Reason = c.Reason, Message = c.Message,
        ObservedGeneration = c.ObservedGeneration, LastTransitionTime = c.LastTransitionTime,
    };
}
