using System.Collections.Concurrent;
using WhatsAppCampaigns.MockGateway.Hosting;
using WhatsAppCampaigns.MockGateway.Scenarios;

namespace WhatsAppCampaigns.MockGateway.Rules;

/// <summary>One registered business number: its options, throughput cell and pairs.</summary>
internal sealed class NumberState
{
    private ConcurrentDictionary<string, PairState> _pairs = new(StringComparer.Ordinal);

    public NumberState(PhoneNumberOptions options)
    {
        Options = options;
        IdHash = SeededDraw.Hash(options.PhoneNumberId);
        // Meta measures messages per second: no one-second window may hold more.
        Throughput = new SlidingSecondCell(options.ThroughputPerSecond);
    }

    public PhoneNumberOptions Options { get; }

    public string PhoneNumberId => Options.PhoneNumberId;

    public ulong IdHash { get; }

    public SlidingSecondCell Throughput { get; }

    public PairState Pair(string waId) => _pairs.GetOrAdd(waId, static _ => new PairState());

    /// <summary>The pair with <paramref name="waId"/>, if this number has met that user.</summary>
    public PairState? FindPair(string waId) => _pairs.TryGetValue(waId, out var pair) ? pair : null;

    /// <summary>Every user this number has met (a moment's view; sends may add more meanwhile).</summary>
    public IEnumerable<KeyValuePair<string, PairState>> Pairs => _pairs;

    public void Reset()
    {
        Throughput.Reset();
        _pairs = new ConcurrentDictionary<string, PairState>(StringComparer.Ordinal);
    }
}
