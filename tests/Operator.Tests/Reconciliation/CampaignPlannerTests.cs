using k8s.Models;
using WhatsAppCampaigns.Operator.Entities;
using WhatsAppCampaigns.Operator.Reconciliation;

namespace WhatsAppCampaigns.Operator.Tests.Reconciliation;

public sealed class CampaignPlannerTests
{
    private static readonly TimeSpan Refresh = TimeSpan.FromSeconds(5);

    private static ObservedCampaign Observed(V1WhatsAppCampaign c, params ObservedRun[] runs) => new(c, new V1WhatsAppSession(), [], runs);

    private static ObservedRun ActiveRun(V1WhatsAppCampaign c, DateTimeOffset at) =>
        new(RunSlot.For("shop", c.Metadata.Name!, at), true, new V1Job { Metadata = new V1ObjectMeta { Name = RunSlot.For("shop", c.Metadata.Name!, at).JobName }, Spec = new V1JobSpec(), Status = new V1JobStatus { Active = 1 } }, null);

    [Fact]
    public void Plan_BeforeStartAt_StartsNothingAndRequeuesAtStartAt()
    {
        var c = Campaigns.Valid();
        c.Spec.Schedule = new V1WhatsAppCampaign.ScheduleSpec { StartAt = Campaigns.Created.AddHours(3).UtcDateTime };
        var plan = CampaignPlanner.Plan(Observed(c), Campaigns.Created.AddHours(1), Refresh);
        Assert.Empty(plan.Actions);
        Assert.Equal(TimeSpan.FromHours(2), plan.RecheckAfter);
        Assert.Equal(Campaigns.Created.AddHours(3), plan.NextRunAt);
    }

    [Fact]
    public void Plan_AtStartAt_StartsTheRunOfThatTime()
    {
        var c = Campaigns.Valid();
        var at = Campaigns.Created.AddHours(3);
        c.Spec.Schedule = new V1WhatsAppCampaign.ScheduleSpec { StartAt = at.UtcDateTime };
        var start = Assert.IsType<StartRun>(Assert.Single(CampaignPlanner.Plan(Observed(c), at, Refresh).Actions));
        Assert.Equal(RunSlot.For("shop", "spring-sale", at), start.Run);
    }

    [Fact]
    public void Plan_CronInBerlinWithWindow_RunsOnlyInsideWindow()
    {
        var c = Campaigns.Valid();
        // Every day at 07:00 Berlin time, but only Monday 09:00-17:00.
        c.Spec.Schedule = new V1WhatsAppCampaign.ScheduleSpec
        {
            Cron = "0 7 * * *", TimeZone = "Europe/Berlin",
            Window = new V1WhatsAppCampaign.SendWindow { Days = [V1WhatsAppCampaign.WeekDay.Mon], Start = "09:00", End = "17:00" },
        };
        var monday0730Berlin = new DateTimeOffset(2026, 3, 9, 6, 30, 0, TimeSpan.Zero);
        var held = CampaignPlanner.Plan(Observed(c), monday0730Berlin, Refresh);
        Assert.Empty(held.Actions);
        Assert.Equal("OutsideWindow", held.Hold);
        Assert.Equal(TimeSpan.FromMinutes(90), held.RecheckAfter); // until 09:00 CET

        var monday0900Berlin = new DateTimeOffset(2026, 3, 9, 8, 0, 0, TimeSpan.Zero);
        var start = Assert.IsType<StartRun>(Assert.Single(CampaignPlanner.Plan(Observed(c), monday0900Berlin, Refresh).Actions));
        Assert.Equal(new DateTimeOffset(2026, 3, 9, 6, 0, 0, TimeSpan.Zero), start.Run.ScheduledAt); // the 07:00 CET slot

        var tuesday0900Berlin = new DateTimeOffset(2026, 3, 10, 8, 0, 0, TimeSpan.Zero);
        Assert.Empty(CampaignPlanner.Plan(Observed(c), tuesday0900Berlin, Refresh).Actions);
    }

    [Fact]
    public void Plan_OverlappingScheduleUnderForbid_CreatesNoSecondJob()
    {
        var c = Campaigns.Valid();
        c.Spec.Schedule = new V1WhatsAppCampaign.ScheduleSpec { Cron = "0 * * * *" };
        var firstSlot = new DateTimeOffset(2026, 3, 2, 7, 0, 0, TimeSpan.Zero);
        var plan = CampaignPlanner.Plan(Observed(c, ActiveRun(c, firstSlot)), firstSlot.AddHours(1).AddMinutes(1), Refresh);
        Assert.Empty(plan.Actions);
        Assert.True(plan.SkippedByPolicy);
    }

    [Fact]
    public void Plan_OverlappingScheduleUnderReplace_DeletesActiveAndStartsNew()
    {
        var c = Campaigns.Valid();
        c.Spec.Schedule = new V1WhatsAppCampaign.ScheduleSpec { Cron = "0 * * * *", ConcurrencyPolicy = V1WhatsAppCampaign.ConcurrencyPolicy.Replace };
        var firstSlot = new DateTimeOffset(2026, 3, 2, 7, 0, 0, TimeSpan.Zero);
        var plan = CampaignPlanner.Plan(Observed(c, ActiveRun(c, firstSlot)), firstSlot.AddHours(1).AddMinutes(1), Refresh);
        Assert.IsType<DeleteJob>(plan.Actions[0]);
        Assert.IsType<StartRun>(plan.Actions[1]);
    }

    [Fact]
    public void Plan_RunAlreadyStarted_StartsNothingAgain()
    {
        var c = Campaigns.Valid();
        var plan = CampaignPlanner.Plan(Observed(c, ActiveRun(c, Campaigns.Created)), Campaigns.Created.AddMinutes(5), Refresh);
        Assert.Empty(plan.Actions);
        Assert.Equal(Refresh, plan.RecheckAfter);
    }

    [Fact]
    public void Plan_SuspendWhileRunning_SuspendsTheJob()
    {
        var c = Campaigns.Valid();
        c.Spec.Suspend = true;
        var plan = CampaignPlanner.Plan(Observed(c, ActiveRun(c, Campaigns.Created)), Campaigns.Created.AddMinutes(5), Refresh);
        Assert.Equal(new SetJobSuspended(RunSlot.For("shop", "spring-sale", Campaigns.Created).JobName, true, "Suspended"), Assert.Single(plan.Actions));
    }

    [Fact]
    public void JobName_AnyCampaignName_IsDeterministicDnsLabel()
    {
        var name = RunNaming.JobName("shop", new string('a', 200) + ".x", "20260302-060000");
        Assert.Equal(name, RunNaming.JobName("shop", new string('a', 200) + ".x", "20260302-060000"));
        Assert.True(name.Length <= 63);
        Assert.Matches("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", name);
        Assert.NotEqual(name, RunNaming.JobName("shop", new string('a', 200) + ".x", "20260302-070000"));
    }
}
