using k8s;
using Kube.Operator.Client;
using k8s.Models;
using WhatsAppCampaigns.Operator.Entities;
using WhatsAppCampaigns.Operator.LocalMode;
using WhatsAppCampaigns.Operator.Reconciliation;

namespace WhatsAppCampaigns.Operator.Tests.EndToEnd;

/// <summary>A local cluster (embedded API server, redis-server, mock gateway, operator, senders as processes) with the examples.</summary>
internal static class LocalClusterScenario
{
    public const string Namespace = "demo";
    public const string Campaign = "spring-sale";
    public const int ValidRecipients = 996; // examples/20-recipients.yaml: 1,000 rows, 4 rejected by the sender

    public static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Operator.sln"))) return dir.FullName;
        throw new InvalidOperationException("Operator.sln not found above " + AppContext.BaseDirectory);
    }

    public static Task<LocalCluster> StartAsync() => LocalCluster.StartAsync(new LocalClusterOptions
    {
        CrdDirectory = Path.Combine(RepoRoot(), "config", "crds"),
        SenderDll = Path.Combine(AppContext.BaseDirectory, "SenderWorker.dll"),
    }, CancellationToken.None);

    public static IReadOnlyList<IKubernetesObject<V1ObjectMeta>> Examples(bool withCampaign = true) =>
        LocalManifests.LoadFolder(Path.Combine(RepoRoot(), "examples")).Where(m => withCampaign || m is not V1WhatsAppCampaign).ToList();

    public static async Task<V1WhatsAppCampaign> GetAsync(LocalCluster cluster, string name = Campaign) =>
        await cluster.Client.GetAsync<V1WhatsAppCampaign>(name, Namespace) ?? throw new InvalidOperationException($"{name} is gone");

    public static bool HasCondition(V1WhatsAppCampaign c, string type, string status) =>
        c.Status?.Conditions?.Any(x => x.Type == type && x.Status == status) == true;

    public static async Task<IList<V1Job>> JobsAsync(LocalCluster cluster) => await cluster.Client.ListAsync<V1Job>(Namespace);

    public static async Task WaitCompletedAsync(LocalCluster cluster, TimeSpan timeout) =>
        await TestSupport.Eventually.UntilAsync(async () => HasCondition(await GetAsync(cluster), CampaignConditions.Completed, "True"),
            "campaign Completed=True", timeout);

    public static async Task WaitSentAtLeastAsync(LocalCluster cluster, long sent) =>
        await TestSupport.Eventually.UntilAsync(async () => (await GetAsync(cluster)).Status?.Counts?.Sent >= sent,
            $"status counts at least {sent} sent", TimeSpan.FromSeconds(60));
}
