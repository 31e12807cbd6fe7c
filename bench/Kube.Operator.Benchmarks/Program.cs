// Reconcile throughput and change-to-reconcile-start latency for 1,000 ConfigMaps against the embedded
// API server (in this process), then the process's memory. One run prints one set of figures; it is a
// measurement, not a pass/fail test. Usage: dotnet run -c Release --project bench/Kube.Operator.Benchmarks [-- count workers]
using System.Diagnostics;
using k8s;
using k8s.Models;
using Kube.Operator;
using Kube.Operator.Benchmarks;
using Kube.Operator.Builder;
using Kube.Operator.Client;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using EmbeddedServer = Kube.TestApiServer.TestApiServer;

var count = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 1000;
var workers = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 4;
await using var server = await EmbeddedServer.StartAsync();
var dir = Directory.CreateTempSubdirectory("operator-bench-").FullName;
var config = KubernetesClientConfiguration.BuildConfigFromConfigFile(server.WriteKubeconfig(Path.Combine(dir, "kubeconfig")));
using var client = new KubernetesClient(config);
const string ns = "bench";
await client.CreateAsync(new V1Namespace { Metadata = new V1ObjectMeta { Name = ns } });

var recorder = new LatencyRecorder();
var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
builder.Services.AddLogging();
builder.Services.AddSingleton<IKubernetesClient>(client);
builder.Services.AddSingleton(recorder);
builder.Services.AddKubernetesOperator(s =>
{
    s.EnableLeaderElection = false;
    s.Namespace = ns;
    s.MaxConcurrentReconciles = workers;
}).AddController<ConfigMapController, V1ConfigMap>();
using var host = builder.Build();
await host.StartAsync();

Console.WriteLine($"Kube.Operator benchmark: {count} ConfigMaps, {workers} workers, embedded API server in-process, " +
    $"{Environment.ProcessorCount} cores");
await PhaseAsync("create", "1", async (name, ct) => await client.CreateAsync(new V1ConfigMap
{
    Metadata = new V1ObjectMeta { Name = name, NamespaceProperty = ns },
    Data = new Dictionary<string, string> { ["v"] = "1" },
}, ct));
await PhaseAsync("update", "2", async (name, ct) =>
    await client.MergePatchAsync<V1ConfigMap>(name, ns, new { data = new { v = "2" } }, ct));

GC.Collect();
GC.WaitForPendingFinalizers();
var process = Process.GetCurrentProcess();
process.Refresh();
Console.WriteLine($"memory (operator + embedded server + client, one process): working set {process.WorkingSet64 / 1048576.0:F1} MiB, " +
    $"GC heap {GC.GetTotalMemory(forceFullCollection: false) / 1048576.0:F1} MiB, " +
    $"GC committed {GC.GetGCMemoryInfo().TotalCommittedBytes / 1048576.0:F1} MiB");
await host.StopAsync();
Directory.Delete(dir, recursive: true);

async Task PhaseAsync(string phase, string version, Func<string, CancellationToken, Task> change)
{
    var clock = Stopwatch.StartNew();
    var seenBefore = recorder.Seen;
    await Parallel.ForEachAsync(Enumerable.Range(0, count), new ParallelOptions { MaxDegreeOfParallelism = 32 }, async (i, ct) =>
    {
        var name = $"cm-{i:D5}";
        recorder.Changed($"{ns}/{name}", version);
        await change(name, ct);
    });
    var written = clock.Elapsed;
    while (recorder.Seen < seenBefore + count)
    {
        if (clock.Elapsed > TimeSpan.FromMinutes(5)) throw new TimeoutException($"{phase}: only {recorder.Seen - seenBefore} of {count} reconciled");
        await Task.Delay(10);
    }
    var (p50, p99, max, span) = recorder.Summarize(version);
    Console.WriteLine($"{phase}: {count} changes written in {written.TotalSeconds:F2} s; all reconciled after {span.TotalSeconds:F2} s " +
        $"=> {count / span.TotalSeconds:F0} reconciles/s; change->reconcile start p50 {p50:F1} ms, p99 {p99:F1} ms, max {max:F1} ms");
}
