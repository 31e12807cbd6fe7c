namespace WhatsAppCampaigns.Redis.Coordination.RateLimiting;

/// <summary>
/// The answer of <see cref="RedisRateLimiter.TryReserveAsync"/>: a send slot booked in the shared
/// schedule (go after <see cref="Delay"/>), or none within the horizon (ask again after <see cref="Delay"/>).
/// </summary>
/// <param name="Reserved">True when a slot was booked for the caller.</param>
/// <param name="Delay">Reserved: how long until the slot; not reserved: how long until asking again can succeed.</param>
public readonly record struct SlotReservation(bool Reserved, TimeSpan Delay);
