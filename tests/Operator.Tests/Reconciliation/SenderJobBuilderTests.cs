using System.Text.Json.Nodes;
using k8s;
using k8s.Models;
using WhatsAppCampaigns.CampaignState.Snapshot;
using WhatsAppCampaigns.Operator.Entities;
using WhatsAppCampaigns.Operator.Hosting;
using WhatsAppCampaigns.Operator.Reconciliation;
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
    public void Snapshot_DeclaredEncoding_ReachesTheSender()
    {
        var campaign = Campaigns.Valid();
        campaign.Spec.Recipients.Encoding = "windows-1255";

        Assert.Equal("windows-1255", SnapshotOfJob(campaign, Session()).Recipients.Encoding);
    }

    [Fact]
    public void Snapshot_InlineRecipients_NeverCarryAnEncoding()
    {
        var campaign = Campaigns.Valid();
        campaign.Spec.Recipients = new Spec.RecipientsSpec
        {
            Inline = [new Spec.InlineRecipient { Phone = "+4915100000001" }],
            Encoding = "utf-16",
        };

        Assert.Null(SnapshotOfJob(campaign, Session()).Recipients.Encoding);
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

        var job = SenderJobBuilder.Job(campaign, Session(), Run, new SenderJobOptions(), suspended: false);

        var names = job.Spec!.Template!.Spec!.Containers![0].Env!.Select(e => e.Name).ToList();
        Assert.Contains("SENDER_RUN_SNAPSHOT", names);
        Assert.Equal(["Sending__OutcomesPath"], names.Where(n => n!.StartsWith("Sending__", StringComparison.Ordinal)));
    }

    private static JsonNode PodSpec(V1Job job) => JsonNode.Parse(KubernetesJson.Serialize(job))!["spec"]!["template"]!["spec"]!;

    [Fact]
    public void Job_AnySpec_RunsAsTheImagesAppUserAndNonRoot()
    {
        var pod = PodSpec(SenderJobBuilder.Job(Campaigns.Valid(), Session(), Run, new SenderJobOptions(), suspended: false));

        var context = pod["securityContext"]!;
        Assert.Equal((true, 1654L, 1654L, 1654L),
            (context["runAsNonRoot"]!.GetValue<bool>(), context["runAsUser"]!.GetValue<long>(), context["runAsGroup"]!.GetValue<long>(), context["fsGroup"]!.GetValue<long>()));
        Assert.True(pod["containers"]![0]!["securityContext"]!["runAsNonRoot"]!.GetValue<bool>());
    }

    [Fact]
    public void Job_RedisConfiguration_ReferencesTheRunsSecretKey()
    {
        var pod = PodSpec(SenderJobBuilder.Job(Campaigns.Valid(), Session(), Run, new SenderJobOptions(), suspended: false));

        var redis = Assert.Single(pod["containers"]![0]!["env"]!.AsArray(), e => e!["name"]!.GetValue<string>() == "Redis__Configuration")!;
        Assert.Null(redis["value"]);
        var reference = redis["valueFrom"]!["secretKeyRef"]!;
        Assert.Equal((Run.JobName + "-redis", "Redis__Configuration"), (reference["name"]!.GetValue<string>(), reference["key"]!.GetValue<string>()));
    }

    [Fact]
    public void RedisSecret_Snapshot_HoldsTheConfigurationOwnedByTheSnapshotLabelledLikeTheRun()
    {
        var campaign = Campaigns.Valid();
        var snapshot = SenderJobBuilder.Snapshot(campaign, Run, "{}");
        snapshot.Metadata.Uid = "snapshot-uid";

        var secret = SenderJobBuilder.RedisSecret(campaign, Run, snapshot, "redis:6379,password=s3cret");

        Assert.Equal((RunNaming.RedisSecretName(Run.JobName), "shop"), (secret.Metadata.Name, secret.Metadata.NamespaceProperty));
        Assert.Equal("redis:6379,password=s3cret", System.Text.Encoding.UTF8.GetString(secret.Data!["Redis__Configuration"]));
        var owner = Assert.Single(secret.Metadata.OwnerReferences!);
        Assert.Equal(("v1", "ConfigMap", snapshot.Metadata.Name, "snapshot-uid", (bool?)true), (owner.ApiVersion, owner.Kind, owner.Name, owner.Uid, owner.Controller));
        Assert.Null(owner.BlockOwnerDeletion);
        Assert.Equal("redis", secret.Metadata.Labels![RunNaming.ComponentLabel]);
        Assert.Equal(Run.RunId, secret.Metadata.Labels[RunNaming.RunLabel]);
        Assert.Equal(snapshot.Metadata.Labels![RunNaming.CampaignLabel], secret.Metadata.Labels[RunNaming.CampaignLabel]);
    }
}
