namespace WhatsAppCampaigns.CampaignState;

/// <summary>
/// The Lua scripts that claim and record recipients in the claims hash (<see cref="CampaignKeys.Claims"/>,
/// values in <see cref="ClaimRecord"/> form), behind exactly-once (issue 8). The sender runs them; the
/// webhook receiver's <see cref="DeliveryScripts.ApplyStatus"/> settles the same records, so both live here. Each runs atomically in Redis and first checks the
/// caller's fencing token against the highest one seen for the scope (reference redis.md 3.6): a
/// holder that lost the session lock to a newer one can neither claim nor record.
/// </summary>
public static class ClaimScripts
{
    /// <summary>
    /// KEYS: claims hash, fence key, opt-out set, the run's first-rows hash. ARGV: holder, fence, now
    /// ms, policy (1 = at least once), first-rows expiry in seconds, then (field, phone, row) triples
    /// in file order. Returns (letter, value) pairs; see <see cref="ClaimDecision"/>. First, in-run
    /// duplicates: the first row to name a recipient key in the run holds it (HSETNX), and any other
    /// row is answered 'U' with that row's number; a row finding itself (a restarted run re-planning
    /// the same rows) goes on to the claim. One dispatcher claims in file order, so the first row wins.
    /// </summary>
    public const string Claim = """
        local fence = tonumber(ARGV[2])
        local seen = tonumber(redis.call('GET', KEYS[2]) or '0')
        if fence < seen then return redis.error_reply('STALE fencing token ' .. fence .. ' < ' .. seen) end
        if fence > seen then redis.call('SET', KEYS[2], fence) end
        local mine = 'sending|' .. ARGV[1] .. '|' .. ARGV[2] .. '|' .. ARGV[3]
        local out = {}
        for i = 6, #ARGV, 3 do
          local field, phone, row = ARGV[i], ARGV[i + 1], ARGV[i + 2]
          local code, cur = 'C', ''
          local first = row
          if redis.call('HSETNX', KEYS[4], field, row) == 0 then first = redis.call('HGET', KEYS[4], field) end
          if first ~= row then
            code, cur = 'U', first
          elseif phone ~= '' and redis.call('SISMEMBER', KEYS[3], phone) == 1 then
            code = 'O'
          else
            cur = redis.call('HGET', KEYS[1], field)
            if not cur then
              cur = ''
              redis.call('HSET', KEYS[1], field, mine)
            else
              local state, holder = string.match(cur, '^([^|]*)|([^|]*)')
              if state ~= 'sending' then code = 'A'
              elseif holder == ARGV[1] then code = 'W'
              elseif ARGV[4] == '1' then code = 'R'; redis.call('HSET', KEYS[1], field, mine)
              else code = 'D' end
            end
          end
          out[#out + 1] = code
          out[#out + 1] = cur
        end
        local ttl = tonumber(ARGV[5])
        if ttl > 0 then redis.call('EXPIRE', KEYS[4], ttl) end
        return out
        """;

    /// <summary>
    /// KEYS: claims hash, fence key. ARGV: holder, fence, then (field, value) pairs; an empty value
    /// releases the claim (deletes the field). Only fields still "sending" by this holder change.
    /// Returns how many changed.
    /// </summary>
    public const string Record = """
        local fence = tonumber(ARGV[2])
        local seen = tonumber(redis.call('GET', KEYS[2]) or '0')
        if fence < seen then return redis.error_reply('STALE fencing token ' .. fence .. ' < ' .. seen) end
        local prefix = 'sending|' .. ARGV[1] .. '|'
        local changed = 0
        for i = 3, #ARGV, 2 do
          local cur = redis.call('HGET', KEYS[1], ARGV[i])
          if cur and string.sub(cur, 1, #prefix) == prefix then
            if ARGV[i + 1] == '' then redis.call('HDEL', KEYS[1], ARGV[i])
            else redis.call('HSET', KEYS[1], ARGV[i], ARGV[i + 1]) end
            changed = changed + 1
          end
        end
        return changed
        """;
}
