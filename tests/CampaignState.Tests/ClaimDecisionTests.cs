using WhatsAppCampaigns.CampaignState.Snapshot;

namespace WhatsAppCampaigns.CampaignState.Tests;

public sealed class ClaimDecisionTests
{
    private const string Me = "pod-a-1-abc";

    [Theory]
    [InlineData(null, false, DeliveryPolicy.AtMostOnce, ClaimOutcome.Claimed)]
    [InlineData("sending|pod-a-1-abc|7|1000", false, DeliveryPolicy.AtMostOnce, ClaimOutcome.OwnClaim)]
    [InlineData("sending|pod-b-2-def|6|1000", false, DeliveryPolicy.AtMostOnce, ClaimOutcome.InDoubt)]
    [InlineData("sending|pod-b-2-def|6|1000", false, DeliveryPolicy.AtLeastOnce, ClaimOutcome.Reclaimed)]
    [InlineData("sent|wamid.X==|6|1000", false, DeliveryPolicy.AtLeastOnce, ClaimOutcome.AlreadyDone)]
    [InlineData("failed|131026|6|1000|undeliverable | really", false, DeliveryPolicy.AtMostOnce, ClaimOutcome.AlreadyDone)]
    [InlineData(null, true, DeliveryPolicy.AtMostOnce, ClaimOutcome.OptedOut)]
    public void Decide_CurrentRecord_GivesOutcome(string? current, bool optedOut, DeliveryPolicy policy, ClaimOutcome expected) =>
        Assert.Equal(expected, ClaimDecision.Decide(current, Me, optedOut, policy));
}
