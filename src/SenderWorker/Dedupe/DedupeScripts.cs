namespace WhatsAppCampaigns.SenderWorker.Dedupe;

/// <summary>
/// The Lua scripts behind exactly-once (issue 8). Each runs atomically in Redis and first checks the
/// caller's fencing token against the highest one seen for the scope (reference redis.md 3.6): a
/// holder that lost the session lock to a newer one can neither claim nor record.
/// </summary>
internal static class DedupeScripts
{
    /// <summary>
    /// KEYS: claims hash, fence key, opt-out set. ARGV: holder, fence, now ms, policy (1 = at least
    /// once), then (field, phone) pairs. Returns (letter, current value) pairs; see <see cref="ClaimDecision"/>.
    /// </summary>
    public const string Claim = """
        local fence = tonumber(ARGV[2])
        local seen = tonumber(redis.call('GET', KEYS[2]) or '0')
        if fence < seen then return redis.error_reply('STALE fencing token ' .. fence .. ' < ' .. seen) end
        if fence > seen then redis.call('SET', KEYS[2], fence) end
        local mine = 'sending|' .. ARGV[1] .. '|' .. ARGV[2] .. '|' .. ARGV[3]
        local out = {}
        for i = 5, #ARGV, 2 do
          local field = ARGV[i]
          local code, cur = 'C', ''
          if ARGV[i + 1] ~= '' and redis.call('SISMEMBER', KEYS[3], ARGV[i + 1]) == 1 then
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
