using Kube.Client.KubernetesClient;
using Kube.Client.Models;

namespace Kube.Client.Tests.Contract;

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
        var watchPath = $"/api/v1/namespaces/{ns}/configmaps?watch=true";
        var connectionsBefore = fixture.Recorder.Requests.Count(r => r.Contains(watchPath, StringComparison.Ordinal));
        var listWatch = new ListWatch<V1ConfigMap>(client, ns) { WatchTimeoutSeconds = 300 };
        var seen = new List<(int Seq, WatchEventType Type)>();
        Gate? gate = null;
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(90));

        var consumer = Task.Run(async () =>
        {
            await foreach (var change in listWatch.RunAsync(stop.Token))
            {
                var seq = int.Parse(change.Entity.Data!["seq"], System.Globalization.CultureInfo.InvariantCulture);
                seen.Add((seq, change.Type));
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
        Assert.Equal(3, listWatch.RelistCount);
        var connections = fixture.Recorder.Requests.Count(r => r.Contains(watchPath, StringComparison.Ordinal)) - connectionsBefore;
        Assert.True(connections >= 1 + 2 + 3, $"{connections} watch connections");
    }

    private static async Task WriteAsync(IKubernetesClient client, string ns, int seq)
    {
        var data = new Dictionary<string, string> { ["seq"] = seq.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        if (seq < Changes / 2)
        {
            await client.CreateAsync(new V1ConfigMap { Metadata = new V1ObjectMeta { Name = $"cm-{seq:0000}", NamespaceProperty = ns }, Data = data });
            return;
        }
        await client.MergePatchAsync<V1ConfigMap>($"cm-{seq - Changes / 2:0000}", ns, new { data });
    }

    private sealed class Gate(int atSeq)
    {
        public int AtSeq { get; } = atSeq;

        public TaskCompletionSource Reached { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
