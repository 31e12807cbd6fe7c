using k8s.Autorest;
using Kube.Operator.Client;
using Kube.Operator;
using Microsoft.Extensions.Logging;
using WhatsAppCampaigns.Operator.Entities;

namespace WhatsAppCampaigns.Operator.Metrics;

/// <summary>
/// Runs before each scrape: lists the campaigns (in the operator's namespace, or all) and sets the
/// campaign gauges from their status, removing the series of campaigns that are gone. One refresh
/// at a time, so concurrent scrapes cannot interleave sets and removals. With leader election on,
/// only the leader exports campaign series: every replica is scraped, and `sum by (phase)` must not
/// count a campaign once per replica.
/// </summary>
public sealed class CampaignMetricsRefresher(IKubernetesClient client, OperatorSettings settings, OperatorMetrics metrics,
    ILogger<CampaignMetricsRefresher> logger) : IDisposable
{
    /// <summary>How long a scrape waits for the campaign list before serving the previous values.</summary>
    public static readonly TimeSpan ListTimeout = TimeSpan.FromSeconds(5);

    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <summary>Reads the campaigns and updates the gauges; on an API failure logs, counts and keeps the previous values.</summary>
    public async Task RefreshAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (!metrics.IsLeader)
            {
                GaugeSync.Apply(metrics.Recipients, []);
                GaugeSync.Apply(metrics.Phase, []);
                return;
            }
            IList<V1WhatsAppCampaign> campaigns;
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(ListTimeout);
            try
            {
                campaigns = await client.ListAsync<V1WhatsAppCampaign>(settings.Namespace, cancellationToken: timeout.Token);
            }
            catch (Exception ex) when (ex is HttpRequestException or HttpOperationException
                || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
            {
                // Failing the scrape would also hide the reconcile metrics; stale gauges are counted instead.
                MetricsLog.RefreshFailed(logger, ex.Message);
                metrics.RefreshFailureCount.Inc();
                return;
            }
            GaugeSync.Apply(metrics.Recipients, CampaignSeries.Recipients(campaigns));
            GaugeSync.Apply(metrics.Phase, CampaignSeries.Phases(campaigns));
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <inheritdoc/>
    public void Dispose() => _gate.Dispose();
}
