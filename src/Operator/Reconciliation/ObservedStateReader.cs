using Kube.Operator.Client;
using System.Text;
using k8s;
using k8s.Models;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;
using WhatsAppCampaigns.Operator.Entities;
using WhatsAppCampaigns.Operator.Progress;

namespace WhatsAppCampaigns.Operator.Reconciliation;

/// <summary>
/// Step 1 of a reconcile: reads the campaign's session, credentials, recipient source, runs
/// (snapshot ConfigMaps and Jobs it owns) and their progress, and turns what is missing or
/// wrong into <see cref="Violation"/>s naming the spec field.
/// </summary>
public sealed class ObservedStateReader(IKubernetesClient client, IRunProgressStore progress, ILogger<ObservedStateReader> logger)
{
    /// <summary>Reads everything the planner and the status calculator need.</summary>
    public async Task<ObservedCampaign> ReadAsync(V1WhatsAppCampaign campaign, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        var ns = campaign.Metadata.NamespaceProperty ?? "default";
        var spec = campaign.Spec;
        var violations = SpecValidator.Validate(spec).ToList();

        var session = await client.GetAsync<V1WhatsAppSession>(spec.SessionRef.Name, ns, cancellationToken);
        if (session is null)
        {
            violations.Add(new Violation("spec.sessionRef.name", "SessionNotFound", $"WhatsAppSession '{spec.SessionRef.Name}' not found in namespace '{ns}'"));
        }
        else
        {
            var token = session.Spec.TokenSecretRef;
            if (await ReadSecretKeyAsync(ns, token.Name, token.Key, cancellationToken) is not { Length: > 0 })
                violations.Add(new Violation("spec.sessionRef.name", "SessionCredentialsMissing",
                    $"WhatsAppSession '{session.Metadata.Name}': Secret '{token.Name}' has no key '{token.Key}' (spec.tokenSecretRef)"));
        }
        if (violations.Count == 0) await CheckRecipientsAsync(spec, ns, violations, cancellationToken);

        var runs = await ReadRunsAsync(campaign, ns, cancellationToken);
        return new ObservedCampaign(campaign, session, violations, runs);
    }

    private async Task CheckRecipientsAsync(V1WhatsAppCampaign.CampaignSpec spec, string ns, List<Violation> violations, CancellationToken ct)
    {
        var r = spec.Recipients;
        if (r.ConfigMapKeyRef is { } cm)
        {
            var map = await client.GetAsync<V1ConfigMap>(cm.Name, ns, ct);
            string? content = null;
            if (map?.Data?.TryGetValue(cm.Key, out var text) == true) content = text;
            else if (map?.BinaryData?.TryGetValue(cm.Key, out var bytes) == true) content = Encoding.UTF8.GetString(bytes);
            if (map is null)
                violations.Add(new Violation("spec.recipients.configMapKeyRef.name", "RecipientsNotFound", $"ConfigMap '{cm.Name}' not found in namespace '{ns}'"));
            else if (content is null)
                violations.Add(new Violation("spec.recipients.configMapKeyRef.key", "RecipientsNotFound", $"ConfigMap '{cm.Name}' has no key '{cm.Key}'"));
            else if (HeaderCheck.Check(spec, $"ConfigMap {cm.Name} key {cm.Key}", content, "spec.recipients.configMapKeyRef") is { } v)
                violations.Add(v);
        }
        else if (r.SecretKeyRef is { } secret)
        {
            var bytes = await ReadSecretKeyAsync(ns, secret.Name, secret.Key, ct);
            if (bytes is null)
                violations.Add(new Violation("spec.recipients.secretKeyRef", "RecipientsNotFound", $"Secret '{secret.Name}' with key '{secret.Key}' not found in namespace '{ns}'"));
            else if (HeaderCheck.Check(spec, $"Secret {secret.Name} key {secret.Key}", Encoding.UTF8.GetString(bytes), "spec.recipients.secretKeyRef") is { } v)
                violations.Add(v);
        }
        else if (r.Inline is { Count: > 0 } inline
            && HeaderCheck.Check(InlineSpec(spec), "spec.recipients.inline", string.Join('\n', SnapshotBuilder.InlineCsv(inline)), "spec.recipients.inline") is { } v)
        {
            violations.Add(v);
        }


    }

    // Inline recipients are CSV with fixed phone/recipient_id headers whatever the spec's column mapping says.
    private static V1WhatsAppCampaign.CampaignSpec InlineSpec(V1WhatsAppCampaign.CampaignSpec spec) => new()
    {
        SessionRef = spec.SessionRef,
        Message = spec.Message,
        Recipients = new V1WhatsAppCampaign.RecipientsSpec { Format = V1WhatsAppCampaign.RecipientFormat.Csv, Columns = new V1WhatsAppCampaign.ColumnsSpec { Phone = "phone" } },
    };

    private async Task<byte[]?> ReadSecretKeyAsync(string ns, string name, string key, CancellationToken ct)
    {
        var secret = await client.GetAsync<V1Secret>(name, ns, ct);
        if (secret?.Data?.TryGetValue(key, out var bytes) == true) return bytes;
        if (secret?.StringData?.TryGetValue(key, out var text) == true) return Encoding.UTF8.GetBytes(text);
        return null;
    }

    private async Task<IReadOnlyList<ObservedRun>> ReadRunsAsync(V1WhatsAppCampaign campaign, string ns, CancellationToken ct)
    {
        var uid = campaign.Metadata.Uid;
        var name = campaign.Metadata.Name ?? "";
        var selector = $"{RunNaming.CampaignLabel}={RunNaming.LabelValue(name)}";
        bool Owned(V1ObjectMeta m) => m.OwnerReferences?.Any(o => o.Uid == uid && o.Controller == true) == true;
        var jobs = (await client.ListAsync<V1Job>(ns, selector, ct)).Where(j => Owned(j.Metadata)).ToList();
        var snapshots = (await client.ListAsync<V1ConfigMap>(ns, $"{selector},{RunNaming.ComponentLabel}=snapshot", ct))
            .Where(c => Owned(c.Metadata)).ToList();
        var slots = new Dictionary<string, RunSlot>(StringComparer.Ordinal);
        foreach (var meta in jobs.Select(j => j.Metadata).Concat(snapshots.Select(s => s.Metadata)))
        {
            if ((meta.Labels is { } labels && labels.TryGetValue(RunNaming.RunLabel, out var l) ? l : null) is not { } runId
                || RunNaming.ParseScheduledAt((meta.Annotations is { } a && a.TryGetValue(RunNaming.ScheduledAtAnnotation, out var s) ? s : null)) is not { } at) continue;
            slots.TryAdd(runId, new RunSlot(runId, at, RunNaming.JobName(ns, name, runId)));
        }
        var latest = slots.Values.MaxBy(s => s.ScheduledAt);
        var runs = new List<ObservedRun>();
        foreach (var slot in slots.Values.OrderBy(s => s.ScheduledAt))
        {
            var job = jobs.FirstOrDefault(j => j.Metadata.Name == slot.JobName);
            var snapshot = snapshots.Any(s => s.Metadata.Name == RunNaming.SnapshotName(slot.JobName));
            var wanted = slot == latest || (job is not null && !CampaignPlanner.Terminal(campaign, slot.RunId));
            runs.Add(new ObservedRun(slot, snapshot, job, wanted ? await ReadProgressAsync(ns, name, slot.RunId, ct) : null));
        }
        return runs;
    }

    private async Task<RunProgress?> ReadProgressAsync(string ns, string name, string runId, CancellationToken ct)
    {
        try
        {
            return await progress.ReadAsync(ns, name, runId, ct);
        }
        catch (Exception ex) when (ex is RedisException or RedisTimeoutException)
        {
            // Counts are advisory: the status keeps the last ones read and says nothing new.
            Log.ProgressUnreadable(logger, ns, name, runId, ex.Message);
            return null;
        }
    }
}
