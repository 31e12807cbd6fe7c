namespace Kube.Operator;

/// <summary>
/// Settings of the operator runtime (KubeOps' <c>OperatorSettings</c>, plus the work-queue and informer
/// knobs it keeps elsewhere). Pass a configure action to <c>AddKubernetesOperator</c>.
/// </summary>
public sealed class OperatorSettings
{
    /// <summary>The operator's name: Event source, field manager and default lease name. Default <c>kubernetesoperator</c>.</summary>
    public string Name { get; set; } = "kubernetesoperator";

    /// <summary>Watch only this namespace; null (default) watches all namespaces.</summary>
    public string? Namespace { get; set; }

    /// <summary>Run controllers only while holding the leader lease. Default true.</summary>
    public bool EnableLeaderElection { get; set; } = true;

    /// <summary>The Lease's name; default <c>{Name}-leader</c>.</summary>
    public string? LeaderElectionLeaseName { get; set; }

    /// <summary>The Lease's namespace; default the client's current namespace.</summary>
    public string? LeaderElectionNamespace { get; set; }

    /// <summary>This replica's identity in the Lease; default host name plus a random suffix.</summary>
    public string? LeaderElectionIdentity { get; set; }

    /// <summary>How long others wait without seeing a renewal before taking over (client-go: 15 s).</summary>
    public TimeSpan LeaderElectionLeaseDuration { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>The leader gives up (stops its controllers) when it could not renew for this long (client-go: 10 s).</summary>
    public TimeSpan LeaderElectionRenewDeadline { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Time between attempts to acquire or renew (client-go: 2 s).</summary>
    public TimeSpan LeaderElectionRetryPeriod { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Attempts wait between RetryPeriod and RetryPeriod × (1 + factor) (client-go: 1.2); 0 turns jitter off.</summary>
    public double LeaderElectionJitterFactor { get; set; } = 1.2;

    /// <summary>Attach every registered finalizer on reconcile. Default true.</summary>
    public bool AutoAttachFinalizers { get; set; } = true;

    /// <summary>Remove a finalizer after its <c>FinalizeAsync</c> succeeded. Default true.</summary>
    public bool AutoDetachFinalizers { get; set; } = true;

    /// <summary>Workers per controller; one key is still never reconciled twice at once. Default 2.</summary>
    public int MaxConcurrentReconciles { get; set; } = 2;

    /// <summary>Informer resync period; null (default) turns it off. Use requeue delays for periodic work.</summary>
    public TimeSpan? ResyncPeriod { get; set; }

    /// <summary>Server-side duration of one watch connection; null lets the client pick 5–10 minutes.</summary>
    public int? WatchTimeoutSeconds { get; set; }

    /// <summary>Same reason and message for one object within this window aggregate into one Event. Default 10 min.</summary>
    public TimeSpan EventAggregationWindow { get; set; } = TimeSpan.FromMinutes(10);
}
