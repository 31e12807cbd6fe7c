using System.Globalization;

namespace MockGateway.Benchmarks;

/// <summary>Command-line knobs: <c>--seconds 5 --warmup 1 --concurrency 64 --numbers 32</c>.</summary>
internal sealed record LoadOptions(double Seconds, double WarmupSeconds, int Concurrency, int Numbers)
{
    public static LoadOptions Parse(string[] args)
    {
        string? Value(string name)
        {
            var i = Array.IndexOf(args, name);
            return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
        }
        double Number(string name, double fallback) =>
            Value(name) is { } text ? double.Parse(text, CultureInfo.InvariantCulture) : fallback;
        return new LoadOptions(Number("--seconds", 5), Number("--warmup", 1),
            (int)Number("--concurrency", 64), (int)Number("--numbers", 32));
    }
}
