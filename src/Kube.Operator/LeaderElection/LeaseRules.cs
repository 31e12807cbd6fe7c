using k8s.Models;

namespace Kube.Operator.LeaderElection;

/// <summary>
/// client-go's <c>tryAcquireOrRenew</c> decision as a pure function. Expiry is judged by when this
/// candidate last saw the record change (<c>observedAt</c>), not by the record's renewTime, so clock
/// skew between nodes does not matter.
/// </summary>
public static class LeaseRules
{
    /// <summary>
    /// The record to write to acquire or renew, or null when another holder's lease is still valid.
    /// </summary>
    /// <param name="current">The stored record.</param>
    /// <param name="observedAt">When this candidate first saw <paramref name="current"/> in this form.</param>
    /// <param name="now">Now.</param>
    /// <param name="identity">This candidate.</param>
    /// <param name="leaseDuration">The lease duration to write.</param>
    /// <returns>The new record, or null.</returns>
    public static V1LeaseSpec? Decide(V1LeaseSpec current, DateTimeOffset observedAt, DateTimeOffset now, string identity,
        TimeSpan leaseDuration)
    {
        ArgumentNullException.ThrowIfNull(current);
        var holder = current.HolderIdentity;
        var iHold = holder == identity;
        var duration = TimeSpan.FromSeconds(current.LeaseDurationSeconds ?? 0);
        if (!string.IsNullOrEmpty(holder) && !iHold && observedAt + duration > now) return null;
        var nowTime = now.UtcDateTime;
        return new V1LeaseSpec
        {
            HolderIdentity = identity,
            LeaseDurationSeconds = (int)Math.Ceiling(leaseDuration.TotalSeconds),
            AcquireTime = iHold ? current.AcquireTime ?? nowTime : nowTime,
            RenewTime = nowTime,
            LeaseTransitions = iHold ? current.LeaseTransitions ?? 0 : (current.LeaseTransitions ?? 0) + 1,
            PreferredHolder = current.PreferredHolder,
            Strategy = current.Strategy,
        };
    }

    /// <summary>The record a leader writes when it steps down (client-go's release): no holder, 1 s duration.</summary>
    /// <param name="current">The stored record (held by us).</param>
    /// <param name="now">Now.</param>
    /// <returns>The released record.</returns>
    public static V1LeaseSpec Release(V1LeaseSpec current, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(current);
        return new V1LeaseSpec
        {
            HolderIdentity = "",
            LeaseDurationSeconds = 1,
            AcquireTime = now.UtcDateTime,
            RenewTime = now.UtcDateTime,
            LeaseTransitions = current.LeaseTransitions,
            PreferredHolder = current.PreferredHolder,
            Strategy = current.Strategy,
        };
    }

    /// <summary>Whether two records are the same observation (what client-go compares to reset observedTime).</summary>
    /// <param name="a">One record.</param>
    /// <param name="b">The other.</param>
    /// <returns>True when equal.</returns>
    public static bool SameRecord(V1LeaseSpec? a, V1LeaseSpec? b) =>
        a is not null && b is not null
        && a.HolderIdentity == b.HolderIdentity && a.LeaseDurationSeconds == b.LeaseDurationSeconds
        && a.AcquireTime == b.AcquireTime && a.RenewTime == b.RenewTime && a.LeaseTransitions == b.LeaseTransitions;
}
