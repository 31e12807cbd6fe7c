using Kube.Operator.Client;
using Kube.Operator.Controller;
using Kube.Operator.LeaderElection;
using Kube.Operator.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Kube.Operator.Hosting;

/// <summary>
/// Runs the registered controllers: always, or only while this replica holds the leader Lease. The
/// Lease is written with the keyed <see cref="IKubernetesClient"/> <see cref="LeaderElectionClientKey"/>
/// when one is registered (tests use it to cut one replica off), else the ordinary client.
/// </summary>
internal sealed class OperatorHostedService(
    IServiceProvider services,
    IEnumerable<IControllerRunner> runners,
    OperatorSettings settings,
    TimeProvider time,
    IOperatorMetrics metrics,
    ILogger<LeaderElector> electorLogger) : BackgroundService
{
    /// <summary>Service key of an optional dedicated client for the Lease.</summary>
    public const string LeaderElectionClientKey = "leader-election";

    private readonly IReadOnlyList<IControllerRunner> _runners = [.. runners];
    private readonly TaskCompletionSource<LeaderElector> _elector = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>The elector once created (leader election on).</summary>
    public Task<LeaderElector> Elector => _elector.Task;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!settings.EnableLeaderElection)
        {
            await RunControllersAsync(stoppingToken);
            return;
        }
        var client = services.GetKeyedService<IKubernetesClient>(LeaderElectionClientKey)
            ?? services.GetRequiredService<IKubernetesClient>();
        var options = new LeaderElectionOptions
        {
            LeaseName = settings.LeaderElectionLeaseName ?? $"{settings.Name}-leader",
            LeaseNamespace = settings.LeaderElectionNamespace
                ?? await services.GetRequiredService<IKubernetesClient>().GetCurrentNamespaceAsync(cancellationToken: stoppingToken),
            Identity = settings.LeaderElectionIdentity ?? DefaultIdentity(),
            LeaseDuration = settings.LeaderElectionLeaseDuration,
            RenewDeadline = settings.LeaderElectionRenewDeadline,
            RetryPeriod = settings.LeaderElectionRetryPeriod,
            JitterFactor = settings.LeaderElectionJitterFactor,
        };
        var elector = new LeaderElector(client, options, time, electorLogger);
        _elector.TrySetResult(elector);
        await elector.RunAsync(RunControllersAsync, stoppingToken);
    }

    // Pod name (the host name in a pod) plus a random suffix, as client-go's callers usually do: two
    // processes on one host, or a restarted pod, never share an identity.
    private static string DefaultIdentity()
    {
        var host = Environment.MachineName;
        return $"{host[..Math.Min(host.Length, 50)]}_{Guid.NewGuid():N}"[..(Math.Min(host.Length, 50) + 9)];
    }

    private async Task RunControllersAsync(CancellationToken cancellationToken)
    {
        metrics.LeadershipChanged(true);
        try
        {
            await Task.WhenAll(_runners.Select(r => r.RunAsync(cancellationToken)));
        }
        finally
        {
            metrics.LeadershipChanged(false);
        }
    }
}
