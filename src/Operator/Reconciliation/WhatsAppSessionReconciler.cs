using Kube.Operator.Client;
using System.Text;
using k8s;
using k8s.Models;
using Kube.Operator.Controller;
using Kube.Operator.Status;
using Microsoft.Extensions.Logging;
using WhatsAppCampaigns.Operator.Entities;

namespace WhatsAppCampaigns.Operator.Reconciliation;

/// <summary>
/// Reconciles a WhatsAppSession: reads the token Secret, checks the gateway with a request that
/// sends nothing, and sets Ready with a reason. Re-checks every five minutes.
/// </summary>
public sealed class WhatsAppSessionReconciler(IKubernetesClient client, SessionChecker checker, TimeProvider time,
    ILogger<WhatsAppSessionReconciler> logger) : IEntityController<V1WhatsAppSession>
{
    /// <summary>How often a healthy session is re-checked.</summary>
    public static readonly TimeSpan RecheckInterval = TimeSpan.FromMinutes(5);

    /// <inheritdoc/>
    public async Task<ReconciliationResult<V1WhatsAppSession>> ReconcileAsync(V1WhatsAppSession entity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entity);
        var ns = entity.Metadata.NamespaceProperty ?? "default";
        var tokenRef = entity.Spec.TokenSecretRef;
        var secret = await client.GetAsync<V1Secret>(tokenRef.Name, ns, cancellationToken);
        string? token = secret?.Data?.TryGetValue(tokenRef.Key, out var bytes) == true ? Encoding.UTF8.GetString(bytes)
            : secret?.StringData is { } sd && sd.TryGetValue(tokenRef.Key, out var st) ? st : null;
        var result = token is not { Length: > 0 }
            ? new SessionCheckResult(false, "CredentialsMissing", $"spec.tokenSecretRef: Secret '{tokenRef.Name}' has no key '{tokenRef.Key}'")
            : await checker.CheckAsync(entity.Spec.ApiBaseUrl, entity.Spec.PhoneNumberId, token.Trim(), cancellationToken);
        var now = Reconciliation.Times.ToModel(time.GetUtcNow());
        var stored = await client.ReconcileStatusAsync(entity, s =>
        {
            var previous = s.Status?.Conditions?.FirstOrDefault(c => c.Type == CampaignConditions.Ready);
            var changed = previous is null || previous.Status != (result.Ok ? "True" : "False") || previous.Reason != result.Reason;
            s.Status = new V1WhatsAppSession.SessionStatus
            {
                ObservedGeneration = s.Metadata.Generation,
                Conditions = CampaignConditions.Set(s.Status?.Conditions, CampaignConditions.Ready, result.Ok, result.Reason, result.Message,
                    s.Metadata.Generation, now),
                // Only moves when the verdict does: a timestamp on every pass would write status every pass.
                LastCheckedTime = changed ? now : s.Status?.LastCheckedTime ?? now,
            };
        }, cancellationToken);
        Log.SessionChecked(logger, ns, entity.Metadata.Name, result.Ok, result.Reason);
        return ReconciliationResult<V1WhatsAppSession>.Success(stored, result.Ok ? RecheckInterval : TimeSpan.FromSeconds(30));
    }
}
