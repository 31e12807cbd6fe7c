using System.Globalization;
using k8s;
using k8s.Models;

namespace Kube.Contract.Tests;

/// <summary>
/// Issue 3's acceptance: a list-then-watch consumer sees each of 1,000 changes exactly once and in
/// order while the test forces three 410 Gone re-lists and two cut watch streams.
/// </summary>
[Collection(ContractCollection.Name)]
[Trait(ContractCollection.Requires, ContractCollection.ServerHooks)]
public sealed class ListWatchAcceptanceTests(ApiServerFixture fixture)
{
    private const int Changes = 1000;
    private const int GapWrites = 20;

    // Change i < 500 creates cm-i; change i >= 500 modifies cm-(i-500). No object changes twice inside
    // one disconnected gap, so a re-list cannot collapse two changes into one state.
    private static readonly Dictionary<int, bool> Faults = new() { [150] = false, [300] = true, [450] = false, [600] = true, [800] = true };

    [Fact]
    public async Task ListWatch_ThreeGoneRelistsAndTwoCuts_SeesEveryChangeOnceInOrder()
    {
        var server = fixture.Hooks;
        var client = fixture.Client;
        var ns = await fixture.CreateNamespaceAsync();
        bool IsWatch(string request) => request.Contains($"/api/v1/namespaces/{ns}/configmaps?", StringComparison.Ordinal)
            && request.Contains("watch=true", StringComparison.Ordinal);
        var connectionsBefore = fixture.Recorder.Requests.Count(IsWatch);
        var reflector = new Reflector<V1ConfigMap>(
            async ct =>
            {
                var list = await client.CoreV1.ListNamespacedConfigMapAsync(ns, cancellationToken: ct);
                return (list.Items, list.Metadata.ResourceVersion);
            },
            (resourceVersion, onError, ct) => client.CoreV1.WatchListNamespacedConfigMapAsync(ns, resourceVersion: resourceVersion,
                allowWatchBookmarks: true, timeoutSeconds: 300, onError: onError, cancellationToken: ct));
        var seen = new List<(int Seq, WatchEventType Type)>();
        Gate? gate = null;
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(90));

        var consumer = Task.Run(async () =>
        {
            await foreach (var (type, cm) in reflector.RunAsync(stop.Token))
            {
                var seq = int.Parse(cm.Data["seq"], CultureInfo.InvariantCulture);
                seen.Add((seq, type));
                if (Volatile.Read(ref gate) is { } g && g.AtSeq == seq)
                {
                    g.Reached.TrySetResult();
                    await g.Release.Task.WaitAsync(stop.Token);
                }
                if (seen.Count == Changes || seq == Changes - 1) break;
            }
        }, stop.Token);

        for (var i = 0; i < Changes;)
        {
            if (Faults.TryGetValue(i + 1, out var forceGone))
            {
                // Hold the consumer right after change i, cut its stream, write while it is away and,
                // for a 410, compact the history past its resume point before letting it go on.
                var g = new Gate(i);
                Volatile.Write(ref gate, g);
                await WriteAsync(client, ns, i++);
                await g.Reached.Task.WaitAsync(stop.Token);
                server.Faults.CutWatches();
                for (var k = 0; k < GapWrites; k++) await WriteAsync(client, ns, i++);
                if (forceGone) server.CompactHistory();
                g.Release.TrySetResult();
                continue;
            }
            await WriteAsync(client, ns, i++);
        }
        await consumer.WaitAsync(stop.Token);

        Assert.Equal(Enumerable.Range(0, Changes), seen.Select(s => s.Seq));
        Assert.All(seen.Take(500), s => Assert.Equal(WatchEventType.Added, s.Type));
        Assert.All(seen.Skip(500), s => Assert.Equal(WatchEventType.Modified, s.Type));
        Assert.Equal(3, reflector.RelistCount);
        var connections = fixture.Recorder.Requests.Count(IsWatch) - connectionsBefore;
        Assert.True(connections >= 1 + 2 + 3, $"{connections} watch connections");
    }

    private static async Task WriteAsync(IKubernetes client, string ns, int seq)
    {
        var data = new Dictionary<string, string> { ["seq"] = seq.ToString(CultureInfo.InvariantCulture) };
        if (seq < Changes / 2)
        {
            await client.CoreV1.CreateNamespacedConfigMapAsync(
                new V1ConfigMap { Metadata = new V1ObjectMeta { Name = $"cm-{seq:0000}" }, Data = data }, ns);
            return;
        }
        await client.CoreV1.PatchNamespacedConfigMapAsync(
            new V1Patch(new { data }, V1Patch.PatchType.MergePatch), $"cm-{seq - Changes / 2:0000}", ns);
    }

    private sealed class Gate(int atSeq)
    {
        public int AtSeq { get; } = atSeq;

        public TaskCompletionSource Reached { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
