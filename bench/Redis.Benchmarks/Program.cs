// Throughput of StackExchange.Redis's pipelined SET and SADD against redis-benchmark -P 16 on the same server,
// in one run. Rounds alternate ours / theirs so both see the same machine load; the best round of
// each is compared (on a shared 2-core box, the worst rounds mostly measure other processes).
// Usage: dotnet run -c Release --project bench/Redis.Benchmarks -- [-n 200000] [--rounds 3] [--server host:port] [--inflight 1000]
using System.Globalization;
using Redis.Benchmarks;

var requests = Arguments.Int(args, "-n", 200_000);
var rounds = Arguments.Int(args, "--rounds", 3);
var inFlight = Arguments.Int(args, "--inflight", 1000);
var given = Arguments.Text(args, "--server");

await using var server = given is null ? await LocalRedisServer.StartAsync() : null;
var endpoint = given ?? server!.Endpoint;
Console.WriteLine($"Server {endpoint}; {requests:N0} requests per test, {rounds} rounds; StackExchange.Redis keeps {inFlight} commands in flight on one connection");

var tests = new[] { "SET", "SADD" };
var ours = tests.ToDictionary(t => t, _ => new List<double>());
var theirs = tests.ToDictionary(t => t, _ => new List<double>());
for (var round = 1; round <= rounds; round++)
{
    Console.WriteLine($"Round {round}");
    foreach (var (test, rate) in await ClientBenchmark.RunAsync(endpoint, requests, inFlight)) ours[test].Add(rate);
    foreach (var (test, rate) in await RedisBenchmarkTool.RunAsync(endpoint, requests)) theirs[test].Add(rate);
}

Console.WriteLine();
Console.WriteLine($"{"test",-6} {"StackExchange.Redis ops/s (best)",33} {"redis-benchmark -P 16 ops/s (best)",35} {"ratio",7}");
foreach (var test in tests)
{
    var mine = ours[test].DefaultIfEmpty().Max();
    var reference = theirs[test].DefaultIfEmpty().Max();
    var ratio = reference > 0 ? (mine / reference).ToString("0.00", CultureInfo.InvariantCulture) : "n/a";
    Console.WriteLine($"{test,-6} {mine,33:N0} {reference,35:N0} {ratio,7}");
}
return 0;
