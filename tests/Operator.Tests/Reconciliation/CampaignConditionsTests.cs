using k8s;
using k8s.Models;
using WhatsAppCampaigns.Operator.Reconciliation;

namespace WhatsAppCampaigns.Operator.Tests.Reconciliation;

public sealed class CampaignConditionsTests
{
    private static readonly DateTime Earlier = new(2026, 3, 1, 8, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime Now = new(2026, 3, 1, 9, 0, 0, DateTimeKind.Utc);

    private static V1Condition Ready(string status) => new()
    {
        Type = CampaignConditions.Ready, Status = status, Reason = "Before", Message = "before", LastTransitionTime = Earlier,
    };

    [Fact]
    public void Set_SameStatus_KeepsLastTransitionTimeAndTakesTheNewReason()
    {
        var set = CampaignConditions.Set([Ready("True")], CampaignConditions.Ready, true, "Sending", "sending", 3, Now);

        var ready = Assert.Single(set);
        Assert.Equal(Earlier, ready.LastTransitionTime);
        Assert.Equal(("Sending", "sending", 3L), (ready.Reason, ready.Message, ready.ObservedGeneration));
    }

    [Fact]
    public void Set_StatusFlips_MovesLastTransitionTimeToNow()
    {
        var set = CampaignConditions.Set([Ready("True")], CampaignConditions.Ready, false, "InvalidSpec", "bad", 4, Now);

        Assert.Equal(("False", Now), (set[0].Status, set[0].LastTransitionTime));
    }

    [Fact]
    public void Set_StoredConditionWithoutLastTransitionTime_UsesNow()
    {
        // Another writer may store a condition without lastTransitionTime; the package's model reads it as default.
        var stored = KubernetesJson.Deserialize<V1Condition>("""{"type":"Ready","status":"True","reason":"X","message":"x"}""");

        var set = CampaignConditions.Set([stored], CampaignConditions.Ready, true, "Sending", "sending", 1, Now);

        Assert.Equal(Now, Assert.Single(set).LastTransitionTime);
    }

    [Fact]
    public void Set_NewType_IsAppendedAndTheInputIsNotChanged()
    {
        var existing = new List<V1Condition> { Ready("True") };

        var set = CampaignConditions.Set(existing, CampaignConditions.Progressing, true, "Sending", "sending", 1, Now);

        Assert.Equal([CampaignConditions.Ready, CampaignConditions.Progressing], set.Select(c => c.Type));
        Assert.Equal("Before", existing[0].Reason);
        Assert.Equal(Now, set[1].LastTransitionTime);
    }
}
