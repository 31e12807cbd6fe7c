using k8s.Models;
using WhatsAppCampaigns.Operator.Entities;
using WhatsAppCampaigns.Operator.Progress;
using WhatsAppCampaigns.Operator.Reconciliation;

namespace WhatsAppCampaigns.Operator.Tests.Reconciliation;

/// <summary>
/// Delivery statuses and replies arrive by webhook after the sender exits: a finished campaign is
/// looked at again for a while so its status catches up.
/// </summary>
public sealed class DeliveryTrackingTests
{
    private static readonly TimeSpan Refresh = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan DeliveryRefresh = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan DeliveryTracking = TimeSpan.FromHours(24);
    private static readonly DateTimeOffset Finished = Campaigns.Created.AddMinutes(30);

    [Theory]
    [InlineData(10, 60)]          // ten minutes after the run: every minute
    [InlineData(23 * 60 + 59, 60)]
    [InlineData(24 * 60 + 1, -1)] // past the tracking window: nothing wakes it
    public void Plan_FinishedCampaign_RechecksWhileDeliveriesMayArrive(int minutesAfter, int expectedSeconds)
    {
        var c = FinishedCampaign();
        var plan = CampaignPlanner.Plan(new ObservedCampaign(c, new V1WhatsAppSession(), [], [CompletedRun(c, null)]),
            Finished.AddMinutes(minutesAfter), Refresh, DeliveryRefresh, DeliveryTracking);
        Assert.Empty(plan.Actions);
        Assert.Equal(expectedSeconds < 0 ? null : TimeSpan.FromSeconds(expectedSeconds), plan.RecheckAfter);
    }

    [Fact]
    public void Plan_DeliveryRefreshOff_FinishedCampaignIsNotRequeued()
    {
        var c = FinishedCampaign();
        var plan = CampaignPlanner.Plan(new ObservedCampaign(c, new V1WhatsAppSession(), [], [CompletedRun(c, null)]),
            Finished.AddMinutes(10), Refresh);
        Assert.Null(plan.RecheckAfter);
    }

    [Fact]
    public void Compute_FinishedRunWithWebhookCounts_FillsDeliveredReadRepliedAndTopFailureCodes()
    {
        var c = FinishedCampaign();
        var progress = RunProgress.FromHash(new Dictionary<string, string>
        {
            ["rows"] = "10", ["valid"] = "10", ["sent"] = "9", ["failed"] = "1", ["state"] = "done",
        }, []) with
        {
            Delivered = 7, Read = 4, Replied = 2,
            TopFailureCodes = [("131026", 2), ("131009", 1)],
        };
        var observed = new ObservedCampaign(c, new V1WhatsAppSession(), [], [CompletedRun(c, progress)]);
        var now = Finished.AddMinutes(10);
        var status = CampaignStatusCalculator.Compute(observed, CampaignPlanner.Plan(observed, now, Refresh), now);

        Assert.Equal((7L, 4L, 2L), (status.Counts!.Delivered, status.Counts.Read, status.Counts.Replied));
        Assert.Equal([("131026", 2L), ("131009", 1L)], status.TopFailureCodes!.Select(f => (f.Code, f.Count)));
    }

    private static V1WhatsAppCampaign FinishedCampaign()
    {
        var c = Campaigns.Valid();
        c.Status = new V1WhatsAppCampaign.CampaignStatus
        {
            Phase = V1WhatsAppCampaign.CampaignPhase.Completed, CompletionTime = Finished.UtcDateTime,
            History = [new V1WhatsAppCampaign.RunRecord { RunId = RunSlot.For("shop", c.Metadata.Name!, Campaigns.Created).RunId, Phase = V1WhatsAppCampaign.CampaignPhase.Completed, CompletionTime = Finished.UtcDateTime }],
        };
        return c;
    }

    private static ObservedRun CompletedRun(V1WhatsAppCampaign c, RunProgress? progress)
    {
        var slot = RunSlot.For("shop", c.Metadata.Name!, Campaigns.Created);
        var job = new V1Job
        {
            Metadata = new V1ObjectMeta { Name = slot.JobName },
            Spec = new V1JobSpec(),
            Status = new V1JobStatus { Succeeded = 1, Conditions = [new V1JobCondition { Type = "Complete", Status = "True" }] },
        };
        return new ObservedRun(slot, true, job, progress);
    }
}
