using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using k8s;
using WhatsAppCampaigns.CampaignState;
using WhatsAppCampaigns.MockGateway.Hosting;
using WhatsAppCampaigns.Operator.Entities;
using WhatsAppCampaigns.Operator.Progress;
using WhatsAppCampaigns.Operator.Reconciliation;

namespace WhatsAppCampaigns.Operator.LocalMode;

/// <summary>The demo: start the local cluster, apply the examples, print progress until the campaign ends, then its status.</summary>
public static class LocalModeRun
{
    /// <summary>Runs the demo; 0 when the campaign completed and the gateway saw exactly what the status says was sent.</summary>
    public static async Task<int> RunAsync(LocalModeArguments args, TextWriter output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        if (!File.Exists(args.SenderDll))
        {
            await output.WriteLineAsync($"local: sender not found at {args.SenderDll} (build src/SenderWorker or pass --sender)");
            return 2;
        }
        var manifests = LocalManifests.LoadFolder(args.Examples);
        var gateway = MockGatewayOptions.CreateDefault();
        await using var cluster = await LocalCluster.StartAsync(new LocalClusterOptions
        {
            CrdDirectory = args.Crds, SenderDll = args.SenderDll, Gateway = gateway,
        }, cancellationToken);
        await output.WriteLineAsync($"local: API server {cluster.ApiServer.BaseAddress}  redis {cluster.Redis.Endpoint}  mock gateway {cluster.Gateway.BaseAddress}");
        await output.WriteLineAsync($"local: kubeconfig {Path.Combine(cluster.WorkRoot, "kubeconfig")} (kubectl --kubeconfig … get wac -A works while this runs)");
        foreach (var applied in await cluster.ApplyAsync(manifests, cancellationToken)) await output.WriteLineAsync($"local: applied {applied}");

        var campaignManifest = manifests.OfType<V1WhatsAppCampaign>().LastOrDefault()
            ?? throw new InvalidOperationException($"no WhatsAppCampaign in {args.Examples}");
        var name = campaignManifest.Metadata.Name;
        var ns = campaignManifest.Metadata.NamespaceProperty ?? "default";
        var deadline = DateTime.UtcNow + args.Timeout;
        V1WhatsAppCampaign? campaign = null;
        string? lastLine = null;
        while (DateTime.UtcNow < deadline && !cancellationToken.IsCancellationRequested)
        {
            campaign = await cluster.Client.GetAsync<V1WhatsAppCampaign>(name, ns, cancellationToken);
            var line = Describe(campaign);
            if (line != lastLine) await output.WriteLineAsync($"{DateTime.UtcNow:HH:mm:ss} {ns}/{name}: {line}");
            lastLine = line;
            if (Finished(campaign)) break;
            await Task.Delay(500, cancellationToken); // a progress display's refresh rate
        }

        var status = campaign?.Status;
        await output.WriteLineAsync();
        await output.WriteLineAsync("Final status:");
        await output.WriteLineAsync(status is null ? "(none)" : JsonNode.Parse(KubernetesJson.Serialize(status))!.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
        var accepted = cluster.Gateway.Counters.Accepted;
        var maxPerRecipient = cluster.Gateway.CountsByRecipient.Values.DefaultIfEmpty(0).Max();
        await output.WriteLineAsync($"Mock gateway: {accepted} messages accepted, at most {maxPerRecipient} per recipient.");
        // Issue 18: the pace as the gateway saw it (its per-number limit is judged by a sliding second).
        var times = cluster.Gateway.Messages.Select(m => m.AcceptedAt).Order().ToList();
        var throttled = cluster.Gateway.Counters.RejectedByCode.GetValueOrDefault(130429);
        if (times.Count > 1)
            await output.WriteLineAsync(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"Mock gateway: sending took {(times[^1] - times[0]).TotalSeconds:0.0} s ({(times.Count - 1) / (times[^1] - times[0]).TotalSeconds:0.0}/s), {throttled} refused with 130429 (throughput)."));
        var outcomes = Directory.Exists(Path.Combine(cluster.WorkRoot, "jobs"))
            ? Directory.GetFiles(Path.Combine(cluster.WorkRoot, "jobs"), "*.csv", SearchOption.AllDirectories)
                .Where(f => f.Contains("/outcomes/", StringComparison.Ordinal)).ToArray() : [];
        await output.WriteLineAsync("Per-recipient outcomes (row,outcome,reason):");
        foreach (var file in outcomes) await output.WriteLineAsync($"  {file}");
        if ((status?.ActiveJob ?? status?.History?.FirstOrDefault()?.JobName) is { } job)
            await output.WriteLineAsync($"Sender log: {Path.Combine(cluster.Jobs.WorkDirectory(ns, job), "sender.log")}");
        if (status?.History?.FirstOrDefault()?.RunId is { } runId)
            await output.WriteLineAsync($"Rows not sent, with reasons: Redis list {CampaignKeys.RowOutcomesOf(CampaignKeys.ScopeOf(ns, name), runId)} (gone when this process exits)");
        var ok = status?.Phase == V1WhatsAppCampaign.CampaignPhase.Completed && status.Counts?.Sent == accepted && maxPerRecipient <= 1;
        await output.WriteLineAsync(ok ? "local: campaign completed." : "local: campaign did NOT complete as expected.");
        return ok ? 0 : 1;
    }

    private static bool Finished(V1WhatsAppCampaign? campaign) =>
        campaign?.Status?.Conditions?.Any(c => (c.Type == CampaignConditions.Completed && c.Status == "True")
            || (c.Type == CampaignConditions.Stalled && c.Status == "True")) == true;

    private static string Describe(V1WhatsAppCampaign? campaign)
    {
        if (campaign?.Status is not { } s) return "waiting for the operator";
        var c = s.Counts;
        var line = string.Create(CultureInfo.InvariantCulture,
            $"{s.Phase,-10} {s.Progress ?? "0%",5}  sent {c?.Sent ?? 0}/{c?.Valid ?? 0} valid, failed {c?.Failed ?? 0}, invalid {c?.Invalid ?? 0}, duplicate {c?.Duplicate ?? 0} of {c?.Rows ?? 0} rows");
        return s.Conditions?.FirstOrDefault(x => x.Type == CampaignConditions.Ready) is { Status: "False" } r ? $"{line}  [Ready=False {r.Reason}: {r.Message}]" : line;
    }
}
