namespace WhatsAppCampaigns.MockGateway.Scenarios;

/// <summary>The faults to inject into one send request.</summary>
/// <param name="ServerErrorCode">0, or the Graph code of an injected server error (131000 → 500, 2 → 503).</param>
/// <param name="RateLimitStorm">Answer 429 / 130429 whatever the real rate.</param>
/// <param name="ResetConnection">Accept and record the message, then reset the connection.</param>
/// <param name="Delay">Wait this long before answering (response latency plus any spike).</param>
internal readonly record struct ChaosDecision(int ServerErrorCode, bool RateLimitStorm, bool ResetConnection, TimeSpan Delay);
