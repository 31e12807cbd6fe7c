namespace WhatsAppCampaigns.Redis.Coordination.RateLimiting;

/// <summary>The answer of the limiter for one request.</summary>
/// <param name="Allowed">True when the request may proceed now.</param>
/// <param name="RetryAfter">When denied, how long until the same request would be allowed; zero when allowed.</param>
public readonly record struct RateLimitDecision(bool Allowed, TimeSpan RetryAfter);
