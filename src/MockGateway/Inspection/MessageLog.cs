using Microsoft.Extensions.Options;
using WhatsAppCampaigns.MockGateway.Hosting;
using WhatsAppCampaigns.MockGateway.Rules;
using WhatsAppCampaigns.MockGateway.Webhooks;

namespace WhatsAppCampaigns.MockGateway.Inspection;

/// <summary>
/// What the inspection API reports about accepted messages, in bounded memory: the whole bodies of
/// the most recent <see cref="MockGatewayOptions.MaxRecordedMessages"/> messages in a ring, and
/// for every recipient the count and last message, read from the pair state the rules keep anyway
/// (<see cref="PairState"/>), so a 1,000,000-recipient run costs about 200 bytes per recipient.
/// </summary>
internal sealed class MessageLog(IOptions<MockGatewayOptions> options, GatewayState state)
{
    private readonly int _capacity = Capacity(options.Value);
    private AcceptedMessage?[] _recent = new AcceptedMessage?[Capacity(options.Value)];

    /// <summary>False when bodies are not recorded (<see cref="MockGatewayOptions.RecordMessages"/> off).</summary>
    public bool Enabled => _capacity > 0;

    /// <summary>
    /// Keeps <paramref name="message"/> in its ring slot (its sequence modulo the capacity),
    /// lock-free; a slot only ever moves to a later message, whatever order concurrent sends finish in.
    /// </summary>
    public void Add(AcceptedMessage message)
    {
        var ring = _recent;
        if (ring.Length == 0) return;
        ref var slot = ref ring[(int)((message.Sequence - 1) % ring.Length)];
        while (true)
        {
            var current = Volatile.Read(ref slot);
            if (current is not null && current.Sequence >= message.Sequence) return;
            if (Interlocked.CompareExchange(ref slot, message, current) == current) return;
        }
    }

    /// <summary>The recorded messages in acceptance order, optionally only those to one recipient (wa_id).</summary>
    public IReadOnlyList<AcceptedMessage> Snapshot(string? waId = null)
    {
        var kept = new List<AcceptedMessage>();
        foreach (var message in Volatile.Read(ref _recent))
            if (message is not null && (waId is null || message.WaId == waId)) kept.Add(message);
        kept.Sort(static (a, b) => a.Sequence.CompareTo(b.Sequence));
        return kept;
    }

    /// <summary>Accepted messages per recipient wa_id, from all numbers: a count above 1 is a duplicate send.</summary>
    public IReadOnlyDictionary<string, int> CountsByRecipient()
    {
        var counts = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var number in state.Numbers.Values)
        {
            foreach (var (waId, pair) in number.Pairs)
            {
                var accepted = (int)pair.Accepted;
                if (accepted == 0) continue; // a user who only wrote in
                counts[waId] = counts.TryGetValue(waId, out var n) ? n + accepted : accepted;
            }
        }
        return counts;
    }

    /// <summary>The count and last message of one recipient (wa_id), or null when nothing was accepted for them.</summary>
    public AcceptedRecipient? Recipient(string waId)
    {
        var total = 0L;
        NumberState? lastNumber = null;
        (ulong Identity, long AcceptedTicks, Scenarios.MessageStatus Status, int ErrorCode) last = default;
        foreach (var number in state.Numbers.Values)
        {
            if (number.FindPair(waId) is not { } pair) continue;
            total += pair.Accepted;
            if (pair.LastAccepted() is { } candidate && (lastNumber is null || candidate.AcceptedTicks > last.AcceptedTicks))
            {
                last = candidate;
                lastNumber = number;
            }
        }
        // A message counted but not yet recorded as last is still being accepted: report it once it is.
        if (lastNumber is null) return null;
        return new AcceptedRecipient(waId, (int)total, WamidFactory.Create(waId, last.Identity, state.Epoch), lastNumber.PhoneNumberId,
            new DateTimeOffset(last.AcceptedTicks, TimeSpan.Zero), StatusEvent.Name(last.Status),
            last.ErrorCode == 0 ? null : last.ErrorCode);
    }

    private static int Capacity(MockGatewayOptions options) => options.RecordMessages ? options.MaxRecordedMessages : 0;

    /// <summary>Forgets the recorded bodies (the counts live in the pair state, which <see cref="GatewayState.Reset"/> forgets).</summary>
    public void Clear() => Volatile.Write(ref _recent, new AcceptedMessage?[_capacity]);
}
