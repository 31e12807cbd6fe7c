using System.Globalization;

namespace MockGateway.Benchmarks;

/// <summary>
/// Command-line knobs: <c>--seconds 5 --warmup 1 --concurrency 64 --numbers 32 --memory-sends 1000000
/// --only handler,process,logging,off,on,memory --gateway-dir path</c> (default: every section; the gateway
/// executable beside the benchmark, or the one in <c>--gateway-dir</c> to compare another build).
/// </summary>
internal sealed record LoadOptions(double Seconds, double WarmupSeconds, int Concurrency, int Numbers, int MemorySends,
    IReadOnlySet<string>? Only, string? GatewayDirectory)
{
    public bool Runs(string section) => Only is null || Only.Contains(section);

    public static LoadOptions Parse(string[] args)
    {
        string? Value(string name)
        {
            var i = Array.IndexOf(args, name);
            return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
        }
        double Number(string name, double fallback) =>
            Value(name) is { } text ? double.Parse(text, CultureInfo.InvariantCulture) : fallback;
        var only = Value("--only")?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal);
        return new LoadOptions(Number("--seconds", 5), Number("--warmup", 1),
            (int)Number("--concurrency", 64), (int)Number("--numbers", 32), (int)Number("--memory-sends", 1_000_000), only,
            Value("--gateway-dir"));
    }
}
