using System.Collections.Frozen;
using WhatsAppCampaigns.MockGateway.Hosting;
using WhatsAppCampaigns.MockGateway.Scenarios;

namespace WhatsAppCampaigns.MockGateway.Rules;

/// <summary>
/// The gateway's memory: registered numbers (throughput, pairs, windows), templates, the
/// messaging limit, the reset epoch and the trace-id counter. Reset by the inspection API.
/// </summary>
internal sealed class GatewayState
{
    private const string TraceAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private readonly TimeProvider _time;
    private long _epoch;
    private long _traceCounter;
    private long _startedTicks;

    public GatewayState(MockGatewayOptions options, TimeProvider time)
    {
        _time = time;
        Options = options;
        Numbers = options.PhoneNumbers.ToFrozenDictionary(n => n.PhoneNumberId, n => new NumberState(n), StringComparer.Ordinal);
        Tokens = options.PhoneNumbers.Select(n => n.AccessToken).ToFrozenSet(StringComparer.Ordinal);
        Templates = new TemplateRegistry(options.Templates);
        MessagingLimit = new UniqueRecipientLimiter(options.MessagingLimit);
        PairInterval = options.PairRateInterval.Ticks;
        PairTolerance = Gcra.ToleranceFor(PairInterval, options.PairRateBurst);
        _startedTicks = time.GetUtcNow().UtcTicks;
    }

    public MockGatewayOptions Options { get; }

    public FrozenDictionary<string, NumberState> Numbers { get; }

    public FrozenSet<string> Tokens { get; }

    public TemplateRegistry Templates { get; }

    public UniqueRecipientLimiter MessagingLimit { get; }

    public long PairInterval { get; }

    public long PairTolerance { get; }

    /// <summary>Bumped by every reset, so message ids never repeat within one gateway's life.</summary>
    public long Epoch => Volatile.Read(ref _epoch);

    /// <summary>Time since start (or the last reset): the clock chaos bursts are laid out on.</summary>
    public TimeSpan SinceStart(long nowTicks) => TimeSpan.FromTicks(nowTicks - Volatile.Read(ref _startedTicks));

    /// <summary>An <c>fbtrace_id</c> like Meta's (17 characters from A-Za-z0-9, starting with A).</summary>
    public string NextTraceId()
    {
        var value = SeededDraw.Mix(unchecked((ulong)Interlocked.Increment(ref _traceCounter)));
        Span<char> chars = stackalloc char[17];
        chars[0] = 'A';
        for (var i = 1; i < chars.Length; i++)
        {
            chars[i] = TraceAlphabet[(int)(value % (ulong)TraceAlphabet.Length)];
            value = i % 8 == 0 ? SeededDraw.Mix(value) : value / (ulong)TraceAlphabet.Length;
        }
        return new string(chars);
    }

    /// <summary>Forgets rate limits, windows, pair counters and the messaging-limit count.</summary>
    public void Reset()
    {
        foreach (var number in Numbers.Values) number.Reset();
        MessagingLimit.Reset();
        Interlocked.Increment(ref _epoch);
        Volatile.Write(ref _startedTicks, _time.GetUtcNow().UtcTicks);
    }
}
