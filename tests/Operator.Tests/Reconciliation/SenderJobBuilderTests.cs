using Kube.Client.Models;
using WhatsAppCampaigns.Operator.Entities;
using WhatsAppCampaigns.Operator.Hosting;
using WhatsAppCampaigns.Operator.Reconciliation;
using WhatsAppCampaigns.SenderWorker.Campaigns;
using WhatsAppCampaigns.SenderWorker.Dedupe;
using Spec = WhatsAppCampaigns.Operator.Entities.V1WhatsAppCampaign;

namespace WhatsAppCampaigns.Operator.Tests.Reconciliation;

/// <summary>The run's snapshot ConfigMap carries the spec's delivery settings; the Job's environment only deployment settings.</summary>
public sealed class SenderJobBuilderTests
{
    private static readonly RunSlot Run = RunSlot.For("shop", "spring-sale", Campaigns.Created);

    private static V1WhatsAppSession Session(RateSpec? rate = null) => new()
    {
        Metadata = new V1ObjectMeta { Name = "main", NamespaceProperty = "shop" },
        Spec = new V1WhatsAppSession.SessionSpec
        {
            PhoneNumberId = "106540352242922",
            ApiBaseUrl = "https://graph.facebook.com/v21.0",
            TokenSecretRef = new KeySelector { Name = "wa-token", Key = "token" },
            Rate = rate,
        },
    };

    // What the sender reads: the snapshot ConfigMap's JSON, as the Job mounts it.
    private static CampaignRunSnapshot SnapshotOfJob(V1WhatsAppCampaign campaign, V1WhatsAppSession session)
    {
        var json = CampaignRunSnapshotJson.Serialize(SnapshotBuilder.Build(campaign, session, Run.RunId));
        var configMap = SenderJobBuilder.Snapshot(campaign, Run, json);
        return CampaignRunSnapshotJson.Deserialize(configMap.Data![RunNaming.SnapshotKey], "snapshot ConfigMap");
    }

    [Fact]
    public void Snapshot_SpecWithDelivery_CarriesRateRetryGuaranteeAndDedupeScope()
    {
        var campaign = Campaigns.Valid();
        campaign.Spec.Delivery = new Spec.DeliverySpec
        {
            Rate = new RateSpec { MessagesPerSecond = 20, Burst = 5 },
            Retry = new Spec.RetrySpec { InitialBackoff = "1s", MaxBackoff = "1m30s", MaxAttempts = 7 },
            Guarantee = Spec.DeliveryGuarantee.AtLeastOnce,
            DedupeScope = Spec.DedupeScope.Session,
        };

        var delivery = SnapshotOfJob(campaign, Session(new RateSpec { MessagesPerSecond = 80, Burst = 10 })).Delivery;

        Assert.Equal(new SendRate { MessagesPerSecond = 20, Burst = 5 }, delivery!.Rate);
        Assert.Equal(new RetrySettings { InitialBackoffMilliseconds = 1_000, MaxBackoffMilliseconds = 90_000, MaxAttempts = 7 }, delivery.Retry);
        Assert.Equal((DeliveryPolicy.AtLeastOnce, DedupeScope.Session), (delivery.Guarantee, delivery.DedupeScope));
    }

    [Theory]
    [InlineData(Spec.DedupeScope.Run, DedupeScope.Run)]
    [InlineData(Spec.DedupeScope.Campaign, DedupeScope.Campaign)]
    [InlineData(Spec.DedupeScope.Session, DedupeScope.Session)]
    public void Snapshot_DedupeScope_IsPassedToTheSender(Spec.DedupeScope spec, DedupeScope sender)
    {
        var campaign = Campaigns.Valid();
        campaign.Spec.Delivery = new Spec.DeliverySpec { DedupeScope = spec };

        Assert.Equal(sender, SnapshotOfJob(campaign, Session()).Delivery!.DedupeScope);
    }

    [Fact]
    public void Snapshot_SessionRateLowerThanTheCampaigns_CapsIt()
    {
        var campaign = Campaigns.Valid();
        campaign.Spec.Delivery = new Spec.DeliverySpec { Rate = new RateSpec { MessagesPerSecond = 50 } };

        var rate = SnapshotOfJob(campaign, Session(new RateSpec { MessagesPerSecond = 30, Burst = 4 })).Delivery!.Rate;

        Assert.Equal(new SendRate { MessagesPerSecond = 30, Burst = 4 }, rate);
    }

    [Fact]
    public void Snapshot_NoDeliveryAnywhere_LeavesTheSendersDefaults() =>
        Assert.Null(SnapshotOfJob(Campaigns.Valid(), Session()).Delivery);

    [Fact]
    public void Job_AnySpec_PassesNoDeliverySettingAsEnvironment()
    {
        var campaign = Campaigns.Valid();
        campaign.Spec.Delivery = new Spec.DeliverySpec
        {
            Rate = new RateSpec { MessagesPerSecond = 20 },
            Retry = new Spec.RetrySpec { MaxAttempts = 3 },
            Guarantee = Spec.DeliveryGuarantee.AtLeastOnce,
        };

        var job = SenderJobBuilder.Job(campaign, Session(), Run, new SenderJobOptions(), "redis:6379", suspended: false);

        var names = job.Spec!.Template!.Spec!.Containers![0].Env!.Select(e => e.Name).ToList();
        Assert.Contains("SENDER_RUN_SNAPSHOT", names);
        Assert.Equal(["Sending__OutcomesPath"], names.Where(n => n!.StartsWith("Sending__", StringComparison.Ordinal)));
    }
}
