using Kube.Operator.Client;
using k8s;
using Kube.Operator.Controller;
using Kube.Operator.Events;
using Kube.Operator.Status;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using WhatsAppCampaigns.Operator.Entities;
using WhatsAppCampaigns.Operator.Hosting;
using Phase = WhatsAppCampaigns.Operator.Entities.V1WhatsAppCampaign.CampaignPhase;

namespace WhatsAppCampaigns.Operator.Reconciliation;

/// <summary>
/// Reconciles a WhatsAppCampaign: read → plan (pure) → apply → status (pure), the status written
/// through /status only when it differs. Level-based: it never asks which event woke it.
/// </summary>
public sealed class WhatsAppCampaignReconciler(IKubernetesClient client, ObservedStateReader reader, PlanApplier applier,
    TimeProvider time, EventPublisher events, IOptions<SenderJobOptions> options, ILogger<WhatsAppCampaignReconciler> logger)
    : IEntityController<V1WhatsAppCampaign>
{
    /// <inheritdoc/>
    public async Task<ReconciliationResult<V1WhatsAppCampaign>> ReconcileAsync(V1WhatsAppCampaign entity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entity);
        // Every line of this reconcile (reader and applier included) names the campaign, its session and run: the run
        // of the last status until the plan shows the current one (the run it starts, else the latest observed).
        using var scope = logger.BeginScope(CampaignLogScope.Of(entity));
        var now = time.GetUtcNow();
        var observed = await reader.ReadAsync(entity, cancellationToken);
        var plan = CampaignPlanner.Plan(observed, now, options.Value.ProgressRefresh, options.Value.DeliveryRefresh, options.Value.DeliveryTracking);
        using var runScope = (plan.Actions.OfType<StartRun>().LastOrDefault()?.Run ?? observed.Latest?.Slot) is { } run
            ? logger.BeginScope(new Dictionary<string, object?> { ["Run"] = run.RunId })
            : null;
        await applier.ApplyAsync(observed, plan, cancellationToken);
        var before = entity.Status;
        var stored = await client.ReconcileStatusAsync(entity,
            c => c.Status = CampaignStatusCalculator.Compute(observed with { Campaign = c }, plan, now), cancellationToken);
        await PublishTransitionsAsync(stored, before, observed, cancellationToken);
        Log.Reconciled(logger, entity.Metadata.NamespaceProperty, entity.Metadata.Name, stored.Status?.Phase?.ToString(),
            stored.Status?.Counts?.Sent ?? 0, stored.Status?.Counts?.Valid ?? 0);
        return ReconciliationResult<V1WhatsAppCampaign>.Success(stored, plan.RecheckAfter);
    }

    private async Task PublishTransitionsAsync(V1WhatsAppCampaign stored, V1WhatsAppCampaign.CampaignStatus? before,
        ObservedCampaign observed, CancellationToken ct)
    {
        var after = stored.Status;
        if (after is null) return;
        var wasInvalid = before?.Conditions?.Any(c => c.Type == CampaignConditions.Stalled && c.Status == "True" && c.Reason != "RunFailed") == true;
        if (observed.Violations.Count > 0 && (!wasInvalid || before?.ObservedGeneration != after.ObservedGeneration))
        {
            var message = string.Join("; ", observed.Violations.Select(v => v.Message));
            Log.InvalidSpec(logger, stored.Metadata.NamespaceProperty, stored.Metadata.Name, message);
            await events(stored, "InvalidSpec", message, EventType.Warning, ct);
        }
        var lastBefore = before?.History?.FirstOrDefault();
        var lastAfter = after.History?.FirstOrDefault();
        if (lastAfter?.Phase is Phase.Completed or Phase.PartiallyFailed or Phase.Failed
            && (lastBefore?.RunId != lastAfter.RunId || lastBefore.Phase != lastAfter.Phase))
        {
            await events(stored, lastAfter.Phase == Phase.Failed ? "RunFailed" : "Completed",
                after.Conditions?.FirstOrDefault(c => c.Type == CampaignConditions.Ready)?.Message ?? $"run {lastAfter.RunId} {lastAfter.Phase}",
                lastAfter.Phase == Phase.Failed ? EventType.Warning : EventType.Normal, ct);
        }
    }
}
