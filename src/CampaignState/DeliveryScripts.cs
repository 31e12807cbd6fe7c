namespace WhatsAppCampaigns.CampaignState;

/// <summary>
/// The Lua scripts that apply webhook events (the webhook receiver runs them). <see cref="ApplyStatus"/>
/// settles <see cref="ClaimRecord"/>s the sender's <see cref="ClaimScripts"/> wrote, so it lives beside them. Each runs atomically and touches the keys of one hash
/// tag only (a scope's or a session's). Each is monotonic, so duplicates change nothing and any
/// order of the same events ends in the same state (reference §4.6: at-least-once, unordered).
/// </summary>
public static class DeliveryScripts
{
    /// <summary>
    /// KEYS: claims hash, statuses hash, delivery counts hash. ARGV: recipient field, status
    /// (sent|delivered|read|failed), wamid, event Unix ms, error code, error message.
    /// Returns {claim, status}: claim 1 = record changed (failed, or an in-doubt claim settled to
    /// sent), 0 = unchanged, -1 = no claim (the campaign was deleted, or never claimed it: nothing
    /// is written); status 1 = the recipient's highest status rose (and the counts moved).
    /// </summary>
    /// <remarks>
    /// The claim record: failed whatever it was (sending or sent), never downgraded once failed; a
    /// claim still sending is settled to sent with the wamid, keeping the claim's own time so the
    /// result does not depend on which status came first. Counts follow the highest status, so a
    /// failure after delivery moves the recipient from delivered to failed rather than counting both.
    /// </remarks>
    public const string ApplyStatus = """
        local cur = redis.call('HGET', KEYS[1], ARGV[1])
        if not cur then return {-1, 0} end
        local state, value, fence, ms = string.match(cur, '^([^|]*)|([^|]*)|([^|]*)|([^|]*)')
        if not state then return {-1, 0} end
        local claim = 0
        if ARGV[2] == 'failed' then
          if state ~= 'failed' then
            redis.call('HSET', KEYS[1], ARGV[1], 'failed|' .. ARGV[5] .. '|' .. fence .. '|' .. ARGV[4] .. '|' .. ARGV[6])
            claim = 1
          end
        elseif state == 'sending' then
          redis.call('HSET', KEYS[1], ARGV[1], 'sent|' .. ARGV[3] .. '|' .. fence .. '|' .. ms)
          claim = 1
        end
        local rank = { sent = 1, delivered = 2, read = 3, failed = 4 }
        local prev = redis.call('HGET', KEYS[2], ARGV[1])
        local old = prev and rank[prev] or 0
        local new = rank[ARGV[2]]
        if old == 4 or new <= old then return {claim, 0} end
        redis.call('HSET', KEYS[2], ARGV[1], ARGV[2])
        if new == 4 then
          redis.call('HINCRBY', KEYS[3], 'failed', 1)
          redis.call('HINCRBY', KEYS[3], 'failedCode:' .. ARGV[5], 1)
          -- A count back at zero is removed, so the hash holds the same fields whatever the order.
          if old >= 2 and redis.call('HINCRBY', KEYS[3], 'delivered', -1) == 0 then redis.call('HDEL', KEYS[3], 'delivered') end
          if old >= 3 and redis.call('HINCRBY', KEYS[3], 'read', -1) == 0 then redis.call('HDEL', KEYS[3], 'read') end
        else
          if new >= 2 and old < 2 then redis.call('HINCRBY', KEYS[3], 'delivered', 1) end
          if new >= 3 and old < 3 then redis.call('HINCRBY', KEYS[3], 'read', 1) end
        end
        return {claim, 1}
        """;

    /// <summary>
    /// KEYS: replies hash, last-message hash, opt-out set, opt-out events hash (all of one session).
    /// ARGV: member (+wa_id), event Unix ms, event Unix seconds, action (stop|resume|empty),
    /// is a reply (1|0). Returns {first reply (1|0), opt-out set changed (1|0), last message
    /// (scope|recipientKey or empty)}.
    /// </summary>
    /// <remarks>
    /// The reply time kept is the earliest seen (redeliveries may come late). An opt-out event applies
    /// only when newer than the last one applied (a stop wins a tie), so a late, older "resume"
    /// cannot undo a newer "stop".
    /// </remarks>
    public const string ApplyInbound = """
        local first = 0
        if ARGV[5] == '1' then
          local seen = redis.call('HGET', KEYS[1], ARGV[1])
          if not seen then first = 1 end
          if not seen or tonumber(ARGV[2]) < tonumber(seen) then redis.call('HSET', KEYS[1], ARGV[1], ARGV[2]) end
        end
        local changed = 0
        if ARGV[4] ~= '' then
          local apply = true
          local cur = redis.call('HGET', KEYS[4], ARGV[1])
          if cur then
            local ts, act = string.match(cur, '^(%d+)|(%a+)$')
            local t, n = tonumber(ts), tonumber(ARGV[3])
            apply = n > t or (n == t and ARGV[4] == 'stop' and act ~= 'stop')
          end
          if apply then
            redis.call('HSET', KEYS[4], ARGV[1], ARGV[3] .. '|' .. ARGV[4])
            if ARGV[4] == 'stop' then changed = redis.call('SADD', KEYS[3], ARGV[1])
            else changed = redis.call('SREM', KEYS[3], ARGV[1]) end
          end
        end
        return {first, changed, redis.call('HGET', KEYS[2], ARGV[1]) or ''}
        """;

    /// <summary>
    /// KEYS: the scope's replied hash, its delivery counts hash. ARGV: recipient field, Unix ms.
    /// Counts the recipient's reply once and keeps its earliest time. Returns 1 when it was the first.
    /// </summary>
    public const string CountReply = """
        local seen = redis.call('HGET', KEYS[1], ARGV[1])
        if not seen then
          redis.call('HSET', KEYS[1], ARGV[1], ARGV[2])
          redis.call('HINCRBY', KEYS[2], 'replied', 1)
          return 1
        end
        if tonumber(ARGV[2]) < tonumber(seen) then redis.call('HSET', KEYS[1], ARGV[1], ARGV[2]) end
        return 0
        """;
}
