using Kube.Operator.Client;
using WhatsAppCampaigns.Operator.Entities;
using WhatsAppCampaigns.Operator.Reconciliation;
using WhatsAppCampaigns.Operator.Tests.Reconciliation;
using static WhatsAppCampaigns.Operator.Tests.EndToEnd.LocalClusterScenario;

namespace WhatsAppCampaigns.Operator.Tests.EndToEnd;

/// <summary>Acceptance of issue 9 on a local cluster: embedded API server, real redis-server, mock gateway, senders as processes.</summary>
public sealed class CampaignEndToEndTests
{
    private static readonly TimeSpan RunTimeout = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task Campaign_ThousandRecipientsFromConfigMap_CompletesWithMockCountsThenFinalizerRemovesIt()
    {
        await using var cluster = await StartAsync();
        await cluster.ApplyAsync(Examples(), CancellationToken.None);
        await WaitCompletedAsync(cluster, RunTimeout);

        var campaign = await GetAsync(cluster);
        var status = campaign.Status!;
        Assert.Equal(V1WhatsAppCampaign.CampaignPhase.Completed, status.Phase);
        Assert.Equal(campaign.Metadata.Generation, status.ObservedGeneration);
        Assert.True(HasCondition(campaign, CampaignConditions.Ready, "True"));
        Assert.Equal(1000, status.Counts!.Rows);
        Assert.Equal(cluster.Gateway.Messages.Count, status.Counts.Sent);
        Assert.Equal(ValidRecipients, status.Counts.Sent);
        Assert.Equal(status.Counts.Rows - status.Counts.Valid, status.Counts.Invalid + status.Counts.Duplicate);
        Assert.All(cluster.Gateway.CountsByRecipient.Values, n => Assert.Equal(1, n));
        Assert.NotEmpty(status.InvalidRows!);
        Assert.Equal("100%", status.Progress);
        Assert.Single(await JobsAsync(cluster));

        await cluster.Client.DeleteAsync<V1WhatsAppCampaign>(Campaign, Namespace);
        await TestSupport.Eventually.UntilAsync(async () => await cluster.Client.GetAsync<V1WhatsAppCampaign>(Campaign, Namespace) is null,
            "campaign gone after its finalizer ran", TimeSpan.FromSeconds(30));
        Assert.Empty(await JobsAsync(cluster));
    }

    [Fact]
    public async Task Campaign_InvalidSpecs_EachReadyFalseNamingFieldWithNoJobAndNoMessage()
    {
        await using var cluster = await StartAsync();
        await cluster.ApplyAsync(Examples(withCampaign: false), CancellationToken.None);
        var variants = SpecValidatorTests.InvalidSpecs.Select(row => ((string)row[0], (string)row[1])).ToList();
        foreach (var (variant, _) in variants)
            await cluster.Client.CreateAsync(WithExampleSources(SpecValidatorTests.Invalid(variant, Namespace)));
        var semantic = new List<(string Name, string Field)>
        {
            ("no-session", "spec.sessionRef.name"), ("no-configmap", "spec.recipients.configMapKeyRef.name"),
            ("no-key", "spec.recipients.configMapKeyRef.key"), ("unknown-variable", "spec.message.text"),
        };
        foreach (var (name, _) in semantic)
        {
            var c = WithExampleSources(Campaigns.Valid(name, Namespace));
            switch (name)
            {
                case "no-session": c.Spec.SessionRef.Name = "missing"; break;
                case "no-configmap": c.Spec.Recipients.ConfigMapKeyRef!.Name = "missing"; break;
                case "no-key": c.Spec.Recipients.ConfigMapKeyRef!.Key = "missing.csv"; break;
                default: c.Spec.Message.Text = "Hi {{loyalty_tier}}"; break;
            }
            await cluster.Client.CreateAsync(c);
        }
        foreach (var (name, field) in variants.Concat(semantic))
        {
            await TestSupport.Eventually.UntilAsync(async () =>
                (await GetAsync(cluster, name)).Status?.Conditions?.FirstOrDefault(x => x.Type == CampaignConditions.Ready) is { Status: "False" } ready
                && ready.Message!.Contains(field + ":", StringComparison.Ordinal), $"{name}: Ready=False naming {field}", TimeSpan.FromSeconds(20));
        }
        Assert.Equal(15, variants.Count + semantic.Count);
        Assert.Empty(await JobsAsync(cluster));
        Assert.Empty(cluster.Gateway.Messages);
    }

    [Fact]
    public async Task Campaign_SuspendedMidRunThenResumed_CompletesWithoutDuplicates()
    {
        await using var cluster = await StartAsync();
        await cluster.ApplyAsync(Examples(), CancellationToken.None);
        await WaitSentAtLeastAsync(cluster, 100);

        await cluster.Client.MergePatchAsync<V1WhatsAppCampaign>(Campaign, Namespace, new { spec = new { suspend = true } });
        await TestSupport.Eventually.UntilAsync(async () =>
            (await JobsAsync(cluster)).Single().Status?.Conditions?.Any(c => c.Type == "Suspended" && c.Status == "True") == true
            && (await GetAsync(cluster)).Status?.Phase == V1WhatsAppCampaign.CampaignPhase.Paused,
            "sender stopped (Job Suspended) and campaign Paused", TimeSpan.FromSeconds(60));
        var sentWhilePaused = cluster.Gateway.Messages.Count;
        Assert.InRange(sentWhilePaused, 100, ValidRecipients - 1);

        await cluster.Client.MergePatchAsync<V1WhatsAppCampaign>(Campaign, Namespace, new { spec = new { suspend = false } });
        await WaitCompletedAsync(cluster, RunTimeout);
        Assert.Equal(ValidRecipients, cluster.Gateway.Messages.Count);
        Assert.Equal(ValidRecipients, cluster.Gateway.CountsByRecipient.Count);
        Assert.All(cluster.Gateway.CountsByRecipient.Values, n => Assert.Equal(1, n));
        Assert.Single(await JobsAsync(cluster));
    }

    [Fact]
    public async Task Operator_RestartedMidRun_CreatesNoSecondJobAndStatusCarriesOn()
    {
        await using var cluster = await StartAsync();
        await cluster.ApplyAsync(Examples(), CancellationToken.None);
        await WaitSentAtLeastAsync(cluster, 100);
        var job = Assert.Single(await JobsAsync(cluster));

        await cluster.StopOperatorAsync();
        await cluster.StartOperatorAsync(CancellationToken.None);
        await WaitCompletedAsync(cluster, RunTimeout);

        var after = Assert.Single(await JobsAsync(cluster));
        Assert.Equal(job.Metadata.Uid, after.Metadata.Uid);
        var status = (await GetAsync(cluster)).Status!;
        Assert.Equal(ValidRecipients, status.Counts!.Sent);
        Assert.Equal(job.Metadata.Name, Assert.Single(status.History!).JobName);
        Assert.All(cluster.Gateway.CountsByRecipient.Values, n => Assert.Equal(1, n));
    }

    private static V1WhatsAppCampaign WithExampleSources(V1WhatsAppCampaign c)
    {
        if (c.Spec.Recipients.ConfigMapKeyRef is { } cm) (cm.Name, cm.Key) = ("spring-recipients", "recipients.csv");
        if (c.Spec.Message.Text == "Hi {{name}}") c.Spec.Message.Text = "Hi {{first_name}}";
        c.Metadata.Uid = null;
        c.Metadata.CreationTimestamp = null;
        c.Metadata.Generation = null;
        return c;
    }
}
