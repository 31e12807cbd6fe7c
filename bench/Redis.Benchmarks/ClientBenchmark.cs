using System.Diagnostics;
using StackExchange.Redis;

namespace Redis.Benchmarks;

/// <summary>
/// StackExchange.Redis on one multiplexed connection, with a sliding window of commands in flight: command i
/// is issued once command i − window has completed, so the pipeline never drains between batches.
/// Same keys and 3-byte value as redis-benchmark's defaults.
/// </summary>
internal static class ClientBenchmark
{
    public static async Task<Dictionary<string, double>> RunAsync(string endpoint, int requests, int inFlight)
    {
        await using var mux = await ConnectionMultiplexer.ConnectAsync(endpoint);
        var db = mux.GetDatabase();
        RedisKey setKey = "key:__rand_int__";
        RedisKey setName = "myset";
        RedisValue value = "xxx";
        RedisValue member = "element:__rand_int__";

        await MeasureAsync(Math.Min(requests, 50_000), inFlight, () => db.StringSetAsync(setKey, value));
        var results = new Dictionary<string, double>
        {
            ["SET"] = await MeasureAsync(requests, inFlight, () => db.StringSetAsync(setKey, value)),
            ["SADD"] = await MeasureAsync(requests, inFlight, () => db.SetAddAsync(setName, member)),
        };
        foreach (var (test, rate) in results) Console.WriteLine($"StackExchange.Redis {test}: {rate:N0} requests per second");
        return results;
    }

    private static async Task<double> MeasureAsync(int requests, int inFlight, Func<Task<bool>> command)
    {
        var window = new Task[inFlight];
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < requests; i++)
        {
            var slot = i % inFlight;
            if (window[slot] is { } previous) await previous;
            window[slot] = command();
        }
        await Task.WhenAll(window.Where(t => t is not null));
        var elapsed = clock.Elapsed;
        // Whole-process allocation (reader, writer and callers), divided by the commands sent.
        var perCommand = (GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore) / (double)requests;
        Console.WriteLine($"  {requests:N0} commands in {elapsed.TotalMilliseconds:N0} ms, {perCommand:N0} bytes allocated per command");
        return requests / elapsed.TotalSeconds;
    }
}
