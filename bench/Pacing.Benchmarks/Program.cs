using System.Globalization;
using Pacing.Benchmarks;
using TestSupport;
using WhatsAppCampaigns.MockGateway.Hosting;

// The sender's pacing against the mock gateway on the real clock, the mock's per-number limit equal
// to the configured rate (judged by a sliding second). Per rate: achieved / configured, throughput
// errors (130429) at the mock, the longest gap between accepted sends, time to complete / ideal, and
// the sender's CPU time per message; then two campaigns on one session.
//   dotnet run -c Release --project bench/Pacing.Benchmarks -- [--rows 10000] [--rates 80,250,1000] [--pair-rows N (default --rows)]
var rows = Arg("--rows", "10000", int.Parse);
var pairRows = Arg("--pair-rows", rows.ToString(CultureInfo.InvariantCulture), int.Parse);
var rates = Arg("--rates", "80,250,1000", s => s.Split(',').Select(r => double.Parse(r, CultureInfo.InvariantCulture)).ToArray());
var c = CultureInfo.InvariantCulture;
await Console.Out.WriteLineAsync(string.Create(c, $"Pacing benchmark: {Environment.ProcessorCount} cores, {rows:N0} recipients per campaign"));
await using var redis = await RedisServer.StartAsync();

foreach (var rate in rates)
{
    await using var gateway = await StartGatewayAsync((int)rate, rows);
    var (wall, cpu, summary) = await SenderProcess.RunAsync(redis.Endpoint, gateway.BaseAddress, $"s{rate}", $"c{rate}", rows, 2_000_000, rate);
    var accepted = gateway.Messages.Select(m => m.AcceptedAt).Order().ToList();
    await Console.Out.WriteLineAsync(string.Create(c,
        $"{rate,5}/s  achieved {Achieved(accepted) / rate:0.000} of configured ({Achieved(accepted):0.0}/s)  130429 at the mock: {Throttled(gateway)}  " +
        $"longest gap {LongestGap(accepted).TotalMilliseconds:0} ms  complete/ideal {wall.TotalSeconds / (rows / rate):0.00} ({wall.TotalSeconds:0.0} s)  " +
        $"CPU {cpu.TotalMicroseconds / rows:0} µs/message"));
    await Console.Out.WriteLineAsync("  " + summary);
}

{
    const double rate = 80;
    await using var gateway = await StartGatewayAsync((int)rate, 2 * pairRows);
    var a = SenderProcess.RunAsync(redis.Endpoint, gateway.BaseAddress, "shared", "campaign-a", pairRows, 2_000_000, rate);
    var b = SenderProcess.RunAsync(redis.Endpoint, gateway.BaseAddress, "shared", "campaign-b", pairRows, 3_000_000, rate);
    await Task.WhenAll(a, b);
    var messages = gateway.Messages;
    var all = messages.Select(m => m.AcceptedAt).Order().ToList();
    // While both run (until the first finishes), each campaign's share of the accepted sends. The
    // sender holds a session lock for its whole run, so today the second campaign waits for the first.
    var bothUntil = new[] { "972522", "972523" }.Min(p => messages.Where(m => m.WaId.StartsWith(p, StringComparison.Ordinal)).Max(m => m.AcceptedAt));
    var shareA = messages.Count(m => m.AcceptedAt <= bothUntil && m.WaId.StartsWith("972522", StringComparison.Ordinal));
    var shareB = messages.Count(m => m.AcceptedAt <= bothUntil && m.WaId.StartsWith("972523", StringComparison.Ordinal));
    await Console.Out.WriteLineAsync(string.Create(c,
        $"two campaigns, one session at {rate}/s: together {Achieved(all) / rate:0.000} of configured ({Achieved(all):0.0}/s)  130429 at the mock: {Throttled(gateway)}  " +
        $"longest gap {LongestGap(all).TotalMilliseconds:0} ms  while both ran: {shareA} vs {shareB} sends (smaller/larger {Math.Min(shareA, shareB) / (double)Math.Max(shareA, shareB):0.00})"));
    await Console.Out.WriteLineAsync("  a: " + (await a).Summary);
    await Console.Out.WriteLineAsync("  b: " + (await b).Summary);
}
return 0;

static async Task<MockGatewayHost> StartGatewayAsync(int rate, int keep)
{
    var options = MockGatewayOptions.CreateDefault();
    options.MaxRecordedMessages = keep;
    foreach (var number in options.PhoneNumbers) number.ThroughputPerSecond = rate;
    return await MockGatewayHost.StartAsync(options, TimeProvider.System, CancellationToken.None);
}

// Sends per second between the first and the last accepted send.
static double Achieved(List<DateTimeOffset> sorted) => sorted.Count < 2 ? 0 : (sorted.Count - 1) / (sorted[^1] - sorted[0]).TotalSeconds;

static TimeSpan LongestGap(List<DateTimeOffset> sorted) => sorted.Count < 2 ? TimeSpan.Zero : sorted.Zip(sorted.Skip(1), (x, y) => y - x).Max();

static long Throttled(MockGatewayHost gateway) => gateway.Counters.RejectedByCode.GetValueOrDefault(130429);

T Arg<T>(string name, string fallback, Func<string, T> parse)
{
    var i = Array.IndexOf(args, name);
    return parse(i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback);
}
