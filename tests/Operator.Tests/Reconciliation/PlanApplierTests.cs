using System.Text;
using k8s;
using Kube.Operator.Client;
using k8s.Models;
using Kube.TestApiServer;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using WhatsAppCampaigns.Operator.Entities;
using WhatsAppCampaigns.Operator.Hosting;
using WhatsAppCampaigns.Operator.Reconciliation;
using WhatsAppCampaigns.CampaignState;

namespace WhatsAppCampaigns.Operator.Tests.Reconciliation;

/// <summary>
/// Starting a run against the embedded API server: the Redis configuration (with its password) goes
/// into a per-run Secret owned by the snapshot, never into the Job, and a repeated pass changes nothing.
/// </summary>
public sealed class PlanApplierTests : IAsyncLifetime, IDisposable
{
    private const string Password = "pw-9f3c2a7e1b";
    private const string RedisConfiguration = "redis.data.svc:6379,password=" + Password + ",ssl=true";
    private static readonly RunSlot Run = RunSlot.For("shop", "spring-sale", Campaigns.Created);

    private TestApiServer _api = null!;
    private KubernetesClient _kube = null!;
    private DirectoryInfo _folder = null!;

    public async Task InitializeAsync()
    {
        _api = await TestApiServer.StartAsync(new TestApiServerOptions());
        _folder = Directory.CreateTempSubdirectory("operator-applier");
        _kube = new KubernetesClient(KubernetesClientConfiguration.BuildConfigFromConfigFile(
            _api.WriteKubeconfig(Path.Combine(_folder.FullName, "kubeconfig"))));
        await _kube.CreateAsync(new V1Namespace { Metadata = new() { Name = "shop" } });
    }

    public void Dispose() => _kube.Dispose();

    public async Task DisposeAsync()
    {
        await _api.DisposeAsync();
        _folder.Delete(recursive: true);
    }

    private PlanApplier Applier(string redisConfiguration = RedisConfiguration) => new(_kube, (_, _, _, _, _) => Task.CompletedTask,
        Options.Create(new SenderJobOptions { RedisConfiguration = redisConfiguration }), Options.Create(new RedisOptions()),
        NullLogger<PlanApplier>.Instance);

    private static ObservedCampaign Observed() => new(Campaigns.Valid(), Session(), [], []);

    private static CampaignPlan StartPlan() => new([new StartRun(Run, Resume: false)], null, null, null, false);

    private static V1WhatsAppSession Session() => new()
    {
        Metadata = new V1ObjectMeta { Name = "main", NamespaceProperty = "shop" },
        Spec = new V1WhatsAppSession.SessionSpec
        {
            PhoneNumberId = "106540352242922",
            ApiBaseUrl = "https://graph.facebook.com/v21.0",
            TokenSecretRef = new KeySelector { Name = "wa-token", Key = "token" },
        },
    };

    private async Task<(V1ConfigMap Snapshot, V1Secret Secret, V1Job Job)> ReadRunAsync() =>
        (await _kube.GetAsync<V1ConfigMap>(RunNaming.SnapshotName(Run.JobName), "shop") ?? throw new InvalidOperationException("no snapshot"),
         await _kube.GetAsync<V1Secret>(RunNaming.RedisSecretName(Run.JobName), "shop") ?? throw new InvalidOperationException("no Redis Secret"),
         await _kube.GetAsync<V1Job>(Run.JobName, "shop") ?? throw new InvalidOperationException("no Job"));

    [Fact]
    public async Task ApplyAsync_StartRun_JobHoldsNoRedisPasswordAndTheRunsSecretHoldsTheConfiguration()
    {
        await Applier().ApplyAsync(Observed(), StartPlan(), CancellationToken.None);

        var (snapshot, secret, job) = await ReadRunAsync();
        Assert.DoesNotContain(Password, KubernetesJson.Serialize(job), StringComparison.Ordinal);
        Assert.Contains(RunNaming.RedisSecretName(Run.JobName), KubernetesJson.Serialize(job), StringComparison.Ordinal);
        Assert.Equal(RedisConfiguration, Encoding.UTF8.GetString(secret.Data![SenderJobBuilder.RedisSecretKey]));
        var owner = Assert.Single(secret.Metadata.OwnerReferences!);
        Assert.Equal(("ConfigMap", snapshot.Metadata.Name, snapshot.Metadata.Uid), (owner.Kind, owner.Name, owner.Uid));
        Assert.False(string.IsNullOrEmpty(owner.Uid));
        Assert.Equal("redis", secret.Metadata.Labels![RunNaming.ComponentLabel]);
        Assert.Equal(Run.RunId, secret.Metadata.Labels[RunNaming.RunLabel]);
        Assert.Equal(job.Metadata.Labels![RunNaming.CampaignLabel], secret.Metadata.Labels[RunNaming.CampaignLabel]);
    }

    [Fact]
    public async Task ApplyAsync_SecondPassOverTheSameObjects_ChangesNothing()
    {
        await Applier().ApplyAsync(Observed(), StartPlan(), CancellationToken.None);
        var before = await ReadRunAsync();

        // The worst case: a pass that did not see the first one's objects (crash before the informer caught up).
        await Applier().ApplyAsync(Observed(), StartPlan(), CancellationToken.None);

        var after = await ReadRunAsync();
        Assert.Equal(
            (before.Snapshot.Metadata.ResourceVersion, before.Secret.Metadata.ResourceVersion, before.Job.Metadata.ResourceVersion),
            (after.Snapshot.Metadata.ResourceVersion, after.Secret.Metadata.ResourceVersion, after.Job.Metadata.ResourceVersion));
        Assert.Equal(before.Job.Metadata.Uid, after.Job.Metadata.Uid);
    }

    [Fact]
    public async Task ApplyAsync_SecretLeftByACrashedPassWithOldConfiguration_UpdatedBeforeTheJob()
    {
        var campaign = Campaigns.Valid();
        var snapshot = await _kube.CreateAsync(SenderJobBuilder.Snapshot(campaign, Run, "{}"));
        await _kube.CreateAsync(SenderJobBuilder.RedisSecret(campaign, Run, snapshot, "old-redis:6379,password=old"));

        await Applier().ApplyAsync(Observed(), StartPlan(), CancellationToken.None);

        var (_, secret, _) = await ReadRunAsync();
        Assert.Equal(RedisConfiguration, Encoding.UTF8.GetString(secret.Data![SenderJobBuilder.RedisSecretKey]));
    }
}
