using Kube.Client;
using Kube.Client.Autorest;
using Kube.Client.KubernetesClient;
using Kube.Client.Models;
using Kube.Operator.Events;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using WhatsAppCampaigns.Operator.Entities;
using WhatsAppCampaigns.Operator.Hosting;
using WhatsAppCampaigns.SenderWorker.Campaigns;

namespace WhatsAppCampaigns.Operator.Reconciliation;

/// <summary>
/// Step 3 of a reconcile: makes the plan's changes. Creates are idempotent (AlreadyExists is
/// success, the snapshot is created before the Job and never updated), so a pass repeated after
/// a crash converges on the same objects instead of adding a second Job.
/// </summary>
public sealed class PlanApplier(IKubernetesClient client, EventPublisher events, IOptions<SenderJobOptions> jobOptions,
    IOptions<RedisOptions> redis, ILogger<PlanApplier> logger)
{
    /// <summary>Applies every action in order.</summary>
    public async Task ApplyAsync(ObservedCampaign observed, CampaignPlan plan, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(observed);
        ArgumentNullException.ThrowIfNull(plan);
        var campaign = observed.Campaign;
        var ns = campaign.Metadata.NamespaceProperty ?? "default";
        foreach (var action in plan.Actions)
        {
            switch (action)
            {
                case StartRun start:
                    await StartAsync(observed, start, plan.Hold is not null, cancellationToken);
                    break;
                case SetJobSuspended suspend:
                    await client.MergePatchAsync<V1Job>(suspend.JobName, ns, new { spec = new { suspend = suspend.Suspend } }, cancellationToken);
                    Log.JobSuspended(logger, ns, suspend.JobName, suspend.Suspend, suspend.Why);
                    await events(campaign, suspend.Suspend ? "Paused" : "Resumed",
                        suspend.Suspend ? $"Job {suspend.JobName} suspended ({suspend.Why}); the sender stops cleanly" : $"Job {suspend.JobName} resumed",
                        EventType.Normal, cancellationToken);
                    break;
                case DeleteJob delete:
                    try
                    {
                        await client.DeleteAsync<V1Job>(delete.JobName, ns, new V1DeleteOptions { PropagationPolicy = "Background" }, cancellationToken);
                    }
                    catch (NotFoundException)
                    {
                    }
                    await events(campaign, "JobReplaced", $"Job {delete.JobName} deleted: a new run is due (concurrencyPolicy Replace)",
                        EventType.Normal, cancellationToken);
                    break;
            }
        }
    }

    private async Task StartAsync(ObservedCampaign observed, StartRun start, bool suspended, CancellationToken ct)
    {
        var campaign = observed.Campaign;
        var ns = campaign.Metadata.NamespaceProperty ?? "default";
        var existing = observed.Runs.FirstOrDefault(r => r.Slot.RunId == start.Run.RunId);
        var session = observed.Session ?? throw new InvalidOperationException("a run starts only when its session exists");
        if (existing?.SnapshotExists != true)
        {
            var json = CampaignRunSnapshotJson.Serialize(SnapshotBuilder.Build(campaign, session, start.Run.RunId));
            await CreateIdempotentAsync(SenderJobBuilder.Snapshot(campaign, start.Run, json), ct);
        }
        if (existing?.Job is not null) return;
        var options = jobOptions.Value;
        var job = SenderJobBuilder.Job(campaign, session, start.Run, options, options.RedisConfiguration ?? redis.Value.Configuration, suspended);
        if (await CreateIdempotentAsync(job, ct))
        {
            Log.JobCreated(logger, ns, start.Run.JobName, start.Run.RunId);
            await events(campaign, start.Resume ? "Resumed" : "JobCreated",
                $"Job {start.Run.JobName} created for run {start.Run.RunId}{(start.Resume ? " (continues where the last Job stopped)" : "")}",
                EventType.Normal, ct);
        }
    }

    private async Task<bool> CreateIdempotentAsync<T>(T entity, CancellationToken ct)
        where T : IKubernetesObject<V1ObjectMeta>
    {
        try
        {
            await client.CreateAsync(entity, ct);
            return true;
        }
        catch (AlreadyExistsException)
        {
            // A previous pass (or operator incarnation) created it: same deterministic name, same run.
            return false;
        }
    }
}
