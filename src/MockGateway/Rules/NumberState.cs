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
        ThroughputInterval = TimeSpan.TicksPerSecond / options.ThroughputPerSecond;
        // Meta measures messages per second: a full second's worth may arrive at once.
        ThroughputTolerance = Gcra.ToleranceFor(ThroughputInterval, options.ThroughputPerSecond);
    }

    public PhoneNumberOptions Options { get; }

    public string PhoneNumberId => Options.PhoneNumberId;

    public ulong IdHash { get; }

    public RateCell Throughput { get; } = new();

    public long ThroughputInterval { get; }

    public long ThroughputTolerance { get; }

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
