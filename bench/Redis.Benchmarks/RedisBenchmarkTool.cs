using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Redis.Benchmarks;

/// <summary>Runs <c>redis-benchmark -P 16 -t set,sadd -n N -q</c> and reads its requests per second.</summary>
internal static partial class RedisBenchmarkTool
{
    public static async Task<Dictionary<string, double>> RunAsync(string endpoint, int requests)
    {
        var colon = endpoint.LastIndexOf(':');
        var start = new ProcessStartInfo("redis-benchmark")
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var arg in new[] { "-h", endpoint[..colon], "-p", endpoint[(colon + 1)..], "-P", "16", "-t", "set,sadd",
                     "-n", requests.ToString(CultureInfo.InvariantCulture), "-q" })
            start.ArgumentList.Add(arg);
        using var process = Process.Start(start)
            ?? throw new InvalidOperationException("redis-benchmark could not be started (apt-get install -y redis-tools)");
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        var results = new Dictionary<string, double>();
        // -q prints progress lines ending in \r, then "SET: 476190.47 requests per second, p50=..."
        foreach (Match match in Summary().Matches(output))
        {
            var test = match.Groups[1].Value;
            var rate = double.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture);
            results[test] = rate;
            Console.WriteLine($"redis-benchmark -P 16 {test}: {rate:N0} requests per second");
        }
        if (results.Count == 0) Console.WriteLine($"redis-benchmark printed no summary: {output}");
        return results;
    }

    [GeneratedRegex(@"(?:^|\r|\n)(SET|SADD): ([0-9.]+) requests per second")]
    private static partial Regex Summary();
}
