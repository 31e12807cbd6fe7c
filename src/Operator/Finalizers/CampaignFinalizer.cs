using k8s;
using k8s.Autorest;
using Kube.Operator.Client;
using k8s.Models;
using Kube.Operator.Controller;
using Kube.Operator.Finalizer;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StackExchange.Redis;
using WhatsAppCampaigns.Operator.Entities;
using WhatsAppCampaigns.Operator.Hosting;
using WhatsAppCampaigns.Operator.Progress;
using WhatsAppCampaigns.Operator.Reconciliation;

namespace WhatsAppCampaigns.Operator.Finalizers;

/// <summary>
/// Runs when a campaign is deleted: stops its active Jobs (delete with pods), then, once its
/// dedupe window has passed, removes its Redis keys; until then it asks to be called again.
/// </summary>
public sealed class CampaignFinalizer(IKubernetesClient client, IRunProgressStore store, TimeProvider time,
    IOptions<SenderJobOptions> options, ILogger<CampaignFinalizer> logger) : IEntityFinalizer<V1WhatsAppCampaign>
{
    /// <summary>The finalizer's name in metadata.finalizers.</summary>
    public const string Identifier = "whatsapp.campaigns.dev/cleanup";

    /// <inheritdoc/>
    public async Task<ReconciliationResult<V1WhatsAppCampaign>> FinalizeAsync(V1WhatsAppCampaign entity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entity);
        using var scope = logger.BeginScope(CampaignLogScope.Of(entity));
        var ns = entity.Metadata.NamespaceProperty ?? "default";
        var name = entity.Metadata.Name ?? "";
        var jobs = (await client.ListAsync<V1Job>(ns, $"{RunNaming.CampaignLabel}={RunNaming.LabelValue(name)}", cancellationToken))
            .Where(j => j.Metadata.OwnerReferences?.Any(o => o.Uid == entity.Metadata.Uid) == true);
        foreach (var job in jobs.Where(j => !JobState.Finished(j)))
        {
            try
            {
                await client.DeleteAsync<V1Job>(job.Metadata.Name!, ns, new V1DeleteOptions { PropagationPolicy = "Background" }, cancellationToken);
                Log.JobStopped(logger, ns, job.Metadata.Name);
            }
            catch (HttpOperationException e) when (e.IsNotFound())
            {
            }
        }

        var lastActivity = entity.Status?.CompletionTime is { } done ? Times.ToInstant(done)
            : entity.Metadata.DeletionTimestamp is { } deleted ? Times.ToInstant(deleted) : time.GetUtcNow();
        var wait = lastActivity + options.Value.DedupeRetention - time.GetUtcNow();
        if (wait > TimeSpan.Zero)
        {
            return ReconciliationResult<V1WhatsAppCampaign>.Failure(entity,
                $"keeping the Redis dedupe records of {ns}/{name} for {wait:g} more (dedupe window)", requeueAfter: wait);
        }
        try
        {
            var removed = await store.DeleteCampaignKeysAsync(ns, name, cancellationToken);
            Log.KeysRemoved(logger, ns, name, removed);
        }
        catch (Exception ex) when (ex is RedisException or RedisTimeoutException)
        {
            return ReconciliationResult<V1WhatsAppCampaign>.Failure(entity, $"Redis keys of {ns}/{name} not removed: {ex.Message}", ex,
                TimeSpan.FromSeconds(10));
        }
        return ReconciliationResult<V1WhatsAppCampaign>.Success(entity);
    }
}
