using System.Diagnostics;
using System.Globalization;
using MockGateway.Benchmarks;
using WhatsAppCampaigns.MockGateway.Hosting;
using WhatsAppCampaigns.MockGateway.Scenarios;

// Accepted sends per second through the mock gateway's send endpoint on loopback, with webhooks
// off and on. The load generator shares the machine with the gateway, so the figures are a floor.
//   dotnet run -c Release --project bench/MockGateway.Benchmarks -- --seconds 5 --concurrency 64
var load = LoadOptions.Parse(args);
await Console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
    $"MockGateway send benchmark: {Environment.ProcessorCount} cores, {load.Concurrency} concurrent requests, {load.Numbers} numbers, {load.Seconds} s per run"));

if (load.Runs("handler")) await RunHandlerOnlyAsync();
if (load.Runs("process")) await RunSeparateAsync("webhooks off, gateway in its own process", quietLogging: true);
if (load.Runs("logging")) await RunSeparateAsync("same, the gateway's default logging", quietLogging: false);
if (load.Runs("off")) await RunAsync("webhooks off", webhooks: false, batch: 1);
if (load.Runs("on")) await RunAsync("webhooks on, 1 event per POST", webhooks: true, batch: 1);
if (load.Runs("on")) await RunAsync("webhooks on, up to 50 events per POST", webhooks: true, batch: 50);
if (load.Runs("memory") && load.MemorySends > 0)
{
    await RunMemoryAsync(recorded: null);
    await RunMemoryAsync(recorded: load.MemorySends);
}
return 0;

// Memory the gateway keeps after many sends, each to a new recipient: by default the last 10,000
// messages whole plus a compact record per recipient; then with every message kept whole, as the
// gateway did before MaxRecordedMessages existed.
async Task RunMemoryAsync(int? recorded)
{
    var options = new MockGatewayOptions
    {
        PhoneNumbers = [new PhoneNumberOptions { PhoneNumberId = "1", AccessToken = "bench-token", ThroughputPerSecond = 1000 }],
        Templates = [new TemplateOptions { Name = "spring_offer", Language = "de", BodyParameters = 1 }],
    };
    if (recorded is { } kept) options.MaxRecordedMessages = kept;
    await using var gateway = await MockGatewayHost.StartAsync(options, new SteppingClock(), CancellationToken.None);
    var (retained, elapsed) = await MemoryAfterSends.RunAsync(gateway, "1", "bench-token", load.MemorySends);
    var label = string.Create(CultureInfo.InvariantCulture, $"memory, {load.MemorySends:N0} sends, {options.MaxRecordedMessages:N0} whole");
    await Console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
        $"{label,-40} {retained / 1048576.0,10:N1} MiB retained  ({(double)retained / load.MemorySends:N0} B per recipient; {load.MemorySends / elapsed.TotalSeconds:N0} sends/s through the handler)"));
}

// The handler without HTTP: the gateway's own logic per send, on one thread, each send to a new
// recipient; the clock steps 1 ms per reading so the 1,000/s throughput limit never refuses.
async Task RunHandlerOnlyAsync()
{
    var options = new MockGatewayOptions
    {
        PhoneNumbers = [new PhoneNumberOptions { PhoneNumberId = "1", AccessToken = "bench-token", ThroughputPerSecond = 1000 }],
        Templates = [new TemplateOptions { Name = "spring_offer", Language = "de", BodyParameters = 1 }],
    };
    await using var gateway = await MockGatewayHost.StartAsync(options, new SteppingClock(), CancellationToken.None);
    await HandlerOnly.RunAsync(gateway, "1", "bench-token", 20_000);
    var (micros, bytes) = await HandlerOnly.RunAsync(gateway, "1", "bench-token", 100_000);
    await Console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
        $"{"send handler alone (no HTTP), one thread",-40} {1_000_000 / micros,10:N0} sends/s per core  ({micros:N2} µs and {bytes:N0} B allocated per send)"));
}

// The gateway in its own process: its CPU per send alone says how far it would go on idle cores.
async Task RunSeparateAsync(string label, bool quietLogging)
{
    var ids = Enumerable.Range(0, load.Numbers).Select(i => (106540352242922L + i).ToString(CultureInfo.InvariantCulture)).ToList();
    await using var gateway = await GatewayProcess.StartAsync(ids, "bench-token", load.GatewayDirectory, quietLogging);
    await SendLoad.RunAsync(gateway.BaseAddress, ids, "bench-token", load.Concurrency, TimeSpan.FromSeconds(load.WarmupSeconds), 0);
    var cpuBefore = gateway.CpuTime;
    var result = await SendLoad.RunAsync(gateway.BaseAddress, ids, "bench-token", load.Concurrency, TimeSpan.FromSeconds(load.Seconds), 100_000_000);
    var cpuPerSend = (gateway.CpuTime - cpuBefore).TotalMilliseconds / Math.Max(1, result.Accepted);
    await Console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
        $"{label,-40} {result.PerSecond,10:N0} accepted sends/s  ({result.Accepted:N0} accepted, {result.Rejected:N0} rejected, {result.Errors:N0} errors)\n" +
        $"{"",-40} gateway CPU {cpuPerSend * 1000:N0} µs per accepted send → ≈{Environment.ProcessorCount * 1000 / cpuPerSend:N0} sends/s if the gateway had these cores to itself"));
}

async Task RunAsync(string label, bool webhooks, int batch)
{
    await using var receiver = webhooks ? await NullWebhookReceiver.StartAsync() : null;
    var options = new MockGatewayOptions
    {
        PhoneNumbers = [.. Enumerable.Range(0, load.Numbers).Select(i => new PhoneNumberOptions
        {
            PhoneNumberId = (106540352242922L + i).ToString(CultureInfo.InvariantCulture),
            AccessToken = "bench-token",
            ThroughputPerSecond = 1000,
        })],
        Templates = [new TemplateOptions { Name = "spring_offer", Language = "de", BodyParameters = 1 }],
        Scenario = new Scenario
        {
            Latency = new LatencyScenario { Sent = LatencyRange.Of(0, 50), Delivered = LatencyRange.Of(0, 200), Read = LatencyRange.Of(0, 500) },
        },
    };
    options.Webhooks.CallbackUrl = receiver?.Url;
    options.Webhooks.MaxBatchSize = batch;
    await using var gateway = await MockGatewayHost.StartAsync(options, CancellationToken.None);
    var ids = options.PhoneNumbers.Select(n => n.PhoneNumberId).ToList();

    await SendLoad.RunAsync(gateway.BaseAddress, ids, "bench-token", load.Concurrency, TimeSpan.FromSeconds(load.WarmupSeconds), 0);
    var before = gateway.Counters;
    var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
    var allocatedBefore = GC.GetTotalAllocatedBytes();
    var result = await SendLoad.RunAsync(gateway.BaseAddress, ids, "bench-token", load.Concurrency, TimeSpan.FromSeconds(load.Seconds), 100_000_000);
    var after = gateway.Counters;
    var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
    // CPU per send (load generator and gateway together, webhooks included) does not depend on how
    // busy the shared machine is, so it gives the ceiling on idle cores: cores / CPU per send.
    var cpuPerSend = cpu.TotalMilliseconds / Math.Max(1, result.Accepted);
    var bytesPerSend = (GC.GetTotalAllocatedBytes() - allocatedBefore) / Math.Max(1, result.Accepted);
    var events = (after.WebhookEvents - before.WebhookEvents) / result.Elapsed.TotalSeconds;
    var line = string.Create(CultureInfo.InvariantCulture,
        $"{label,-40} {result.PerSecond,10:N0} accepted sends/s  ({result.Accepted:N0} accepted, {result.Rejected:N0} rejected, {result.Errors:N0} errors)");
    if (webhooks)
        line += string.Create(CultureInfo.InvariantCulture,
            $"  webhook events delivered {events:N0}/s in {(after.WebhookPosts - before.WebhookPosts) / result.Elapsed.TotalSeconds:N0} POSTs/s, queue-full waits {after.WebhookQueueFullWaits:N0}");
    line += string.Create(CultureInfo.InvariantCulture,
        $"\n{"",-40} CPU {cpuPerSend * 1000:N0} µs per accepted send (client + gateway) → ≈{Environment.ProcessorCount * 1000 / cpuPerSend:N0} sends/s if these cores were idle, {bytesPerSend:N0} B allocated per send");
    await Console.Out.WriteLineAsync(line);
}
