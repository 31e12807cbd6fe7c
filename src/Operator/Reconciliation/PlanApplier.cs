using k8s;
using k8s.Autorest;
using k8s.Models;
using Kube.Operator.Client;
using Kube.Operator.Events;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using WhatsAppCampaigns.CampaignState;
using WhatsAppCampaigns.CampaignState.Snapshot;
using WhatsAppCampaigns.Operator.Entities;
using WhatsAppCampaigns.Operator.Hosting;

namespace WhatsAppCampaigns.Operator.Reconciliation;

/// <summary>
/// Step 3 of a reconcile: makes the plan's changes. Creates are idempotent (AlreadyExists is
/// success, the snapshot and the run's Redis Secret are created before the Job, the snapshot is never updated), so a pass repeated after
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
                    catch (HttpOperationException e) when (e.IsNotFound())
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
        V1ConfigMap? snapshot = null;
        if (existing?.SnapshotExists != true)
        {
            var json = CampaignRunSnapshotJson.Serialize(SnapshotBuilder.Build(campaign, session, start.Run.RunId));
            snapshot = await CreateIdempotentAsync(SenderJobBuilder.Snapshot(campaign, start.Run, json), ct);
        }
        if (existing?.Job is not null) return;
        // The Secret's owner is the snapshot: when this pass did not create it, read its UID.
        snapshot ??= await client.GetAsync<V1ConfigMap>(RunNaming.SnapshotName(start.Run.JobName), ns, ct)
            ?? throw new InvalidOperationException($"snapshot ConfigMap {ns}/{RunNaming.SnapshotName(start.Run.JobName)} vanished before its Job was created");
        var options = jobOptions.Value;
        // Created before the Job so its pod never waits on a missing secretKeyRef.
        await EnsureRedisSecretAsync(SenderJobBuilder.RedisSecret(campaign, start.Run, snapshot,
            options.RedisConfiguration ?? redis.Value.Configuration), ct);
        var job = SenderJobBuilder.Job(campaign, session, start.Run, options, suspended);
        if (await CreateIdempotentAsync(job, ct) is not null)
        {
            Log.JobCreated(logger, ns, start.Run.JobName, start.Run.RunId);
            await events(campaign, start.Resume ? "Resumed" : "JobCreated",
                $"Job {start.Run.JobName} created for run {start.Run.RunId}{(start.Resume ? " (continues where the last Job stopped)" : "")}",
                EventType.Normal, ct);
        }
    }

    // Creates the run's Redis Secret; one left by an earlier pass stays as it is unless the
    // configuration changed since (the Job does not exist yet, so nothing has read it).
    private async Task EnsureRedisSecretAsync(V1Secret secret, CancellationToken ct)
    {
        if (await CreateIdempotentAsync(secret, ct) is not null) return;
        var current = await client.GetAsync<V1Secret>(secret.Metadata.Name!, secret.Metadata.NamespaceProperty, ct);
        if (current is null)
        {
            await client.CreateAsync(secret, ct);
            return;
        }
        var key = SenderJobBuilder.RedisSecretKey;
        if (current.Data is { } data && data.TryGetValue(key, out var value) && value.AsSpan().SequenceEqual(secret.Data![key])) return;
        current.Data = secret.Data;
        current.StringData = null;
        await client.UpdateAsync(current, ct);
    }

    // The created object (with its UID), or null when it already existed.
    private async Task<T?> CreateIdempotentAsync<T>(T entity, CancellationToken ct)
        where T : class, IKubernetesObject<V1ObjectMeta>
    {
        try
        {
            return await client.CreateAsync(entity, ct);
        }
        catch (HttpOperationException e) when (e.IsAlreadyExists())
        {
            // A previous pass (or operator incarnation) created it: same deterministic name, same run.
            return null;
        }
    }
}
