namespace Kube.Operator.LeaderElection;

/// <summary>Where the Lease is, who we are, and client-go's timings.</summary>
public sealed class LeaderElectionOptions
{
    /// <summary>The Lease's namespace.</summary>
    public required string LeaseNamespace { get; init; }

    /// <summary>The Lease's name.</summary>
    public required string LeaseName { get; init; }

    /// <summary>This candidate's identity, unique per replica.</summary>
    public required string Identity { get; init; }

    /// <summary>How long others wait without seeing a renewal before taking over. Default 15 s.</summary>
    public TimeSpan LeaseDuration { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>The leader stops leading when it could not renew for this long. Default 10 s.</summary>
    public TimeSpan RenewDeadline { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Time between attempts. Default 2 s.</summary>
    public TimeSpan RetryPeriod { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>Attempts wait RetryPeriod × (1 + random × factor); 0 turns jitter off. Default 1.2.</summary>
    public double JitterFactor { get; init; } = 1.2;

    /// <summary>On shutdown, clear the holder so a standby takes over without waiting for expiry. Default true.</summary>
    public bool ReleaseOnCancel { get; init; } = true;

    /// <summary>Checks client-go's rule: LeaseDuration &gt; RenewDeadline &gt; 1.2 × RetryPeriod, all positive.</summary>
    /// <exception cref="ArgumentException">The timings are inconsistent.</exception>
    public void Validate()
    {
        ArgumentException.ThrowIfNullOrEmpty(LeaseNamespace);
        ArgumentException.ThrowIfNullOrEmpty(LeaseName);
        ArgumentException.ThrowIfNullOrEmpty(Identity);
        if (RetryPeriod <= TimeSpan.Zero) throw new ArgumentException("RetryPeriod must be positive.");
        if (LeaseDuration <= RenewDeadline)
            throw new ArgumentException($"LeaseDuration ({LeaseDuration}) must be greater than RenewDeadline ({RenewDeadline}).");
        if (RenewDeadline <= RetryPeriod * 1.2)
            throw new ArgumentException($"RenewDeadline ({RenewDeadline}) must be greater than 1.2 × RetryPeriod ({RetryPeriod}).");
    }
}
