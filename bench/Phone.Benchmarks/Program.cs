using System.Diagnostics;
using Phone.Benchmarks;
using Phone.Normalization.Importing;
using PhoneNumbers;

// Prints the metadata load time and parses per second on a seeded, mixed corpus of a million
// inputs, single-threaded and pinned to one core. Figures only: no assertions (see README).
const int CorpusSize = 1_000_000;
const int Seed = 20261121;

if (OperatingSystem.IsLinux() || OperatingSystem.IsWindows())
{
    Process.GetCurrentProcess().ProcessorAffinity = 1; // one core, as the target is stated per core
}

var coldCpu = Process.GetCurrentProcess().TotalProcessorTime;
var coldStart = Stopwatch.GetTimestamp();
var util = PhoneNumberUtil.GetInstance();
var coldLoad = Stopwatch.GetElapsedTime(coldStart);
var coldLoadCpu = Process.GetCurrentProcess().TotalProcessorTime - coldCpu;
await Console.Out.WriteLineAsync(
    $"metadata: {PhoneNormalizer.MetadataVersion}; first GetInstance() {coldLoad.TotalMilliseconds:F1} ms wall, " +
    $"{coldLoadCpu.TotalMilliseconds:F1} ms CPU (the package reads its embedded metadata of every region at once)");

var corpus = Corpus.Build(util, CorpusSize, Seed);
await Console.Out.WriteLineAsync(
    $"corpus: {corpus.Count:N0} inputs from {corpus.Select(c => c.Region).Distinct().Count()} default regions (seed {Seed}), " +
    $"{corpus.Count(c => c.Region is null):N0} without region");

// Warm-up: JIT and the lazily compiled regexes of every region the corpus touches.
foreach (var (text, region) in corpus.Take(100_000))
{
    _ = PhoneNormalizer.Normalize(text, region);
}

Measure("PhoneNumberUtil.Parse", corpus, (text, region) =>
{
    try
    {
        return util.Parse(text, region).CountryCode;
    }
    catch (NumberParseException)
    {
        return -1;
    }
});
Measure("PhoneNormalizer.Normalize (clean + parse + length + validity + type + E.164)", corpus,
    (text, region) => PhoneNormalizer.Normalize(text, region).IsSuccess ? 1 : 0);
return 0;

static void Measure(string name, IReadOnlyList<(string Text, string? Region)> corpus, Func<string, string?, int> parse)
{
    var process = Process.GetCurrentProcess();
    var cpuBefore = process.TotalProcessorTime;
    var started = Stopwatch.GetTimestamp();
    var sink = 0;
    foreach (var (text, region) in corpus)
    {
        sink += parse(text, region);
    }

    var elapsed = Stopwatch.GetElapsedTime(started);
    process.Refresh();
    var cpu = process.TotalProcessorTime - cpuBefore;
    // On a shared machine the wall clock includes time other processes had the core; CPU time
    // is what this loop actually used.
    Console.WriteLine(
        $"{name}: {corpus.Count:N0} inputs in {elapsed.TotalSeconds:F2} s wall = {corpus.Count / elapsed.TotalSeconds:N0} parses/s; " +
        $"{cpu.TotalSeconds:F2} s CPU = {corpus.Count / cpu.TotalSeconds:N0} parses per CPU-second (checksum {sink})");
}
