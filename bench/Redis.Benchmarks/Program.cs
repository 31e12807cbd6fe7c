// Throughput of our client's pipelined SET and SADD against redis-benchmark -P 16 on the same server,
// in one run. Usage: dotnet run -c Release --project bench/Redis.Benchmarks -- [-n 200000] [--server host:port] [--inflight 1000]
using System.Globalization;
using Redis.Benchmarks;

var requests = Arguments.Int(args, "-n", 200_000);
var inFlight = Arguments.Int(args, "--inflight", 1000);
var given = Arguments.Text(args, "--server");

await using var server = given is null ? await LocalRedisServer.StartAsync() : null;
var endpoint = given ?? server!.Endpoint;
Console.WriteLine($"Server {endpoint}; {requests:N0} requests per test; our client keeps {inFlight} commands in flight on one connection");

var ours = await ClientBenchmark.RunAsync(endpoint, requests, inFlight);
var theirs = await RedisBenchmarkTool.RunAsync(endpoint, requests);

Console.WriteLine();
Console.WriteLine($"{"test",-6} {"Redis.Client ops/s",20} {"redis-benchmark -P 16 ops/s",28} {"ratio",7}");
foreach (var test in new[] { "SET", "SADD" })
{
    var mine = ours[test];
    var reference = theirs.GetValueOrDefault(test);
    var ratio = reference > 0 ? (mine / reference).ToString("0.00", CultureInfo.InvariantCulture) : "n/a";
    Console.WriteLine($"{test,-6} {mine,20:N0} {reference,28:N0} {ratio,7}");
}
return 0;
