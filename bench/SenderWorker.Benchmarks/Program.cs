using System.Diagnostics;
using System.Globalization;
using System.Text;
using SenderWorker.Benchmarks;
using TestSupport;
using WhatsAppCampaigns.CampaignState.Snapshot;
using WhatsAppCampaigns.MockGateway.Hosting;

// Sends per second: a raw HTTP loop against the mock (the ceiling) vs the full sender process
// (Redis claims, session lock, records, progress) with rate limiting off; and the sender's peak
// memory at 100,000 and 1,000,000 recipients. Everything shares the machine: figures are floors.
//   dotnet run -c Release --project bench/SenderWorker.Benchmarks -- [--rows 100000] [--big 1000000] [--inflight 64]
var rows = Arg("--rows", 100_000);
var big = Arg("--big", 1_000_000);
var inFlight = Arg("--inflight", 64);
var c = CultureInfo.InvariantCulture;
await Console.Out.WriteLineAsync(string.Create(c, $"SenderWorker benchmark: {Environment.ProcessorCount} cores, {inFlight} in flight, rate limiting off"));

await using var redis = await RedisServer.StartAsync();
var options = MockGatewayOptions.CreateDefault();
options.RecordMessages = false;
foreach (var number in options.PhoneNumbers) number.ThroughputPerSecond = 1000;
await using var gateway = await MockGatewayHost.StartAsync(options, new SteppingClock(), CancellationToken.None);
var messages = gateway.MessagesUri("106540352242922");

// Warm the gateway first (JIT, connection pools): measured cold, the ceiling comes out lower than
// what the sender reaches later in the same run, and the ratio flatters the sender.
var warm = await RawLoop.RunAsync(messages, "mock-access-token", Math.Min(rows, 30_000), inFlight, firstNumber: 40_000_000);
await Console.Out.WriteLineAsync(string.Create(c, $"{"raw HTTP loop, warm-up (not counted)",-36} {warm,10:N0} sends/s  ({Math.Min(rows, 30_000):N0} sends)"));
var raw = await RawLoop.RunAsync(messages, "mock-access-token", rows, inFlight);
await Console.Out.WriteLineAsync(string.Create(c, $"{"raw HTTP loop (ceiling)",-36} {raw,10:N0} sends/s  ({rows:N0} sends)"));

var (rate, peak, line) = await RunSenderAsync(rows, "bench-a");
await Console.Out.WriteLineAsync(string.Create(c, $"{"full sender, " + rows.ToString("N0", c) + " recipients",-36} {rate,10:N0} sends/s  ratio {rate / raw:0.00}  peak memory {peak / 1048576.0:N0} MiB"));
await Console.Out.WriteLineAsync("  " + line);
if (big > 0)
{
    var (bigRate, bigPeak, bigLine) = await RunSenderAsync(big, "bench-b");
    await Console.Out.WriteLineAsync(string.Create(c, $"{"full sender, " + big.ToString("N0", c) + " recipients",-36} {bigRate,10:N0} sends/s  peak memory {bigPeak / 1048576.0:N0} MiB"));
    await Console.Out.WriteLineAsync("  " + bigLine);
}
return 0;

async Task<(double Rate, long PeakBytes, string Summary)> RunSenderAsync(int count, string campaign)
{
    var dir = Path.Combine(Path.GetTempPath(), "sender-bench-" + Guid.NewGuid().ToString("N"));
    var objects = Path.Combine(dir, "configmaps", "bench", "contacts");
    Directory.CreateDirectory(objects);
    await using (var file = new StreamWriter(Path.Combine(objects, "list.csv"), false, new UTF8Encoding(false)))
    {
        await file.WriteLineAsync("phone,name");
        for (var i = 0; i < count; i++) await file.WriteLineAsync(string.Create(c, $"+97252{2_000_000 + i:D7},Name{i}"));
    }
    var snapshot = new CampaignRunSnapshot
    {
        Namespace = "bench", Campaign = campaign, Session = "bench-" + campaign,
        Recipients = new RecipientsSource { ConfigMap = new KeyReference("contacts", "list.csv"), DefaultRegion = "IL" },
        Message = new CampaignMessage { Text = "Hi {{name}}" },
    };
    await File.WriteAllTextAsync(Path.Combine(dir, "snapshot.json"), CampaignRunSnapshotJson.Serialize(snapshot));
    var info = new ProcessStartInfo("dotnet", Path.Combine(AppContext.BaseDirectory, "SenderWorker.dll"))
    {
        RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
    };
    info.Environment["SENDER_RUN_SNAPSHOT_FILE"] = Path.Combine(dir, "snapshot.json");
    info.Environment["Redis__Configuration"] = redis.Endpoint;
    info.Environment["Gateway__BaseUrl"] = gateway.BaseAddress.ToString();
    info.Environment["Gateway__PhoneNumberId"] = "106540352242922";
    info.Environment["Gateway__AccessToken"] = "mock-access-token";
    info.Environment["KubernetesObjects__Directory"] = dir;
    info.Environment["Sending__DisableRateLimit"] = "true";
    info.Environment["Sending__MaxInFlight"] = inFlight.ToString(c);
    info.Environment["Logging__LogLevel__Default"] = "Warning";
    var clock = Stopwatch.StartNew();
    using var process = Process.Start(info)!;
    var stdout = process.StandardOutput.ReadToEndAsync();
    var stderr = process.StandardError.ReadToEndAsync();
    long peak = 0;
    while (!process.HasExited)
    {
        peak = Math.Max(peak, PeakResident(process.Id));
        await Task.WhenAny(process.WaitForExitAsync(), Task.Delay(100));
    }
    await process.WaitForExitAsync();
    var seconds = clock.Elapsed.TotalSeconds;
    Directory.Delete(dir, recursive: true);
    var summary = (await stdout).Trim();
    var errors = await stderr;
    if (process.ExitCode != 0) summary += $" (exit {process.ExitCode}) {errors[..Math.Min(2000, errors.Length)]}";
    // Sending__MemoryLogEveryRows (inherited from this process's environment) turns on the sender's
    // memory probe; show its lines (needs Logging__LogLevel__WhatsAppCampaigns.SenderWorker.Sending.SenderRun=Information).
    foreach (var probe in errors.Split('\n').Where(l => l.Contains("memory probe:", StringComparison.Ordinal)))
        summary += "\n  " + probe[probe.IndexOf("memory probe:", StringComparison.Ordinal)..].TrimEnd();
    return (count / seconds, peak, summary);
}

static long PeakResident(int pid)
{
    try
    {
        foreach (var line in File.ReadLines($"/proc/{pid}/status"))
            if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;
    }
    catch (IOException)
    {
    }
    return 0;
}

int Arg(string name, int fallback)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
}
