namespace WhatsAppCampaigns.Redis.Coordination.Fencing;

/// <summary>The outcome of a fenced write.</summary>
/// <param name="Accepted">True when the write was applied.</param>
/// <param name="Token">The fencing token the write carried.</param>
/// <param name="HighestSeen">The highest token the store had seen before this write.</param>
public sealed record FencedWriteResult(bool Accepted, FencingToken Token, FencingToken HighestSeen)
{
    /// <summary>Throws when the write was rejected.</summary>
    /// <exception cref="StaleFencingTokenException">The token was older than the newest one seen.</exception>
    public FencedWriteResult EnsureAccepted() => Accepted ? this : throw new StaleFencingTokenException(Token.Value, HighestSeen.Value);
}
