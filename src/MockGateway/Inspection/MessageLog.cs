using System.Collections.Concurrent;

namespace WhatsAppCampaigns.MockGateway.Inspection;

/// <summary>Every accepted message, appended lock-free from the send path and read by the inspection API.</summary>
internal sealed class MessageLog
{
    private ConcurrentQueue<AcceptedMessage> _messages = new();

    public void Add(AcceptedMessage message) => _messages.Enqueue(message);

    /// <summary>A snapshot in acceptance order, optionally only those to one recipient (wa_id).</summary>
    public IReadOnlyList<AcceptedMessage> Snapshot(string? waId = null)
    {
        var all = _messages.ToArray();
        Array.Sort(all, static (a, b) => a.Sequence.CompareTo(b.Sequence));
        return waId is null ? all : Array.FindAll(all, m => m.WaId == waId);
    }

    /// <summary>Accepted messages per recipient wa_id: a count above 1 is a duplicate send.</summary>
    public IReadOnlyDictionary<string, int> CountsByRecipient()
    {
        var counts = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var message in _messages)
            counts[message.WaId] = counts.TryGetValue(message.WaId, out var n) ? n + 1 : 1;
        return counts;
    }

    public int Count => _messages.Count;

    public void Clear() => _messages = new ConcurrentQueue<AcceptedMessage>();
}
