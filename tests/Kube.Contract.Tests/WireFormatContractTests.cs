using System.Net;
using k8s;
using k8s.Autorest;
using k8s.Models;

namespace Kube.Contract.Tests;

/// <summary>What the official client relies on below the semantics: media types, field managers, dry runs, Table requests.</summary>
[Collection(ContractCollection.Name)]
public sealed class WireFormatContractTests(ApiServerFixture fixture)
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(30);
    private readonly IKubernetes _client = fixture.Client;

    private static V1ConfigMap Cm(string name, string value = "1") => new()
    {
        Metadata = new V1ObjectMeta { Name = name },
        Data = new Dictionary<string, string> { ["v"] = value },
    };

    [Fact]
    public async Task Responses_ObjectListErrorAndWatch_AreApplicationJson()
    {
        var ns = await fixture.CreateNamespaceAsync();
        var recorder = new ResponseRecorder();
        using var client = new Kubernetes(fixture.Config, recorder);
        await client.CoreV1.CreateNamespacedConfigMapAsync(Cm("ct"), ns);
        await client.CoreV1.ListNamespacedConfigMapAsync(ns);
        await Assert.ThrowsAsync<HttpOperationException>(() => client.CoreV1.ReadNamespacedConfigMapAsync("absent", ns));
        // Without a resourceVersion the watch starts with the current state, so its first line comes at once.
        await using (var events = client.CoreV1.WatchListNamespacedConfigMapAsync(ns, timeoutSeconds: 1).GetAsyncEnumerator())
        {
            Assert.True(await events.MoveNextAsync().AsTask().WaitAsync(Deadline));
        }
        Assert.Equal(4, recorder.Answers.Count);
        Assert.All(recorder.Answers, a => Assert.Equal("application/json", a.ContentType));
    }

    [Fact]
    public async Task FieldManager_GivenOrFromUserAgent_IsRecordedAsUpdateInManagedFields()
    {
        var ns = await fixture.CreateNamespaceAsync();
        var created = await _client.CoreV1.CreateNamespacedConfigMapAsync(Cm("fm"), ns, fieldManager: "contract-writer");
        var entry = Assert.Single(created.Metadata.ManagedFields);
        Assert.Equal(("contract-writer", "Update", "FieldsV1", "v1"), (entry.Manager, entry.Operation, entry.FieldsType, entry.ApiVersion));
        Assert.NotNull(entry.Time);

        created.Data["other"] = "2";
        var updated = await _client.CoreV1.ReplaceNamespacedConfigMapAsync(created, "fm", ns);
        // Without fieldManager the server names the writer after the User-Agent's product ("kubernetes-csharp/…").
        var product = fixture.Config.UserAgent.Split('/')[0];
        Assert.Equal(["contract-writer", product], updated.Metadata.ManagedFields.Select(f => f.Manager).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task DryRun_ValidatesButPersistsNothing()
    {
        var ns = await fixture.CreateNamespaceAsync();
        var answer = await _client.CoreV1.CreateNamespacedConfigMapAsync(Cm("dry"), ns, dryRun: "All");
        Assert.Equal("dry", answer.Metadata.Name);
        await ApiErrors.ThrowsAsync(HttpStatusCode.NotFound, () => _client.CoreV1.ReadNamespacedConfigMapAsync("dry", ns));
        await ApiErrors.ThrowsAsync(HttpStatusCode.UnprocessableEntity, () =>
            _client.CoreV1.CreateNamespacedConfigMapAsync(new V1ConfigMap { Metadata = new V1ObjectMeta { Name = "Not_A_Name" } }, ns, dryRun: "All"));
    }

    [Fact]
    public async Task TableRequest_IsAnsweredWithTheMediaTypeTheBodyHas()
    {
        // kubectl get asks for a Table and accepts plain JSON; whatever the server chooses, Content-Type must say it.
        var ns = await fixture.CreateNamespaceAsync();
        await _client.CoreV1.CreateNamespacedConfigMapAsync(Cm("t"), ns);
        var headers = new Dictionary<string, IReadOnlyList<string>>
        {
            ["Accept"] = ["application/json;as=Table;v=v1;g=meta.k8s.io,application/json"],
        };
        using var response = await _client.CoreV1.ListNamespacedConfigMapWithHttpMessagesAsync(ns, customHeaders: headers);
        var contentType = response.Response.Content.Headers.ContentType!;
        var asTable = contentType.Parameters.Any(p => p.Name == "as" && p.Value == "Table");
        Assert.Equal(asTable ? "Table" : "ConfigMapList", response.Body.Kind);
    }

    [Fact]
    public async Task StreamingList_SendsInitialStateThenMarkedBookmark()
    {
        var ns = await fixture.CreateNamespaceAsync();
        await _client.CoreV1.CreateNamespacedConfigMapAsync(Cm("first"), ns);
        await _client.CoreV1.CreateNamespacedConfigMapAsync(Cm("second"), ns);
        await using var events = _client.CoreV1.WatchListNamespacedConfigMapAsync(ns, sendInitialEvents: true,
            resourceVersionMatch: "NotOlderThan", allowWatchBookmarks: true,
            onError: e => Assert.Fail($"watch error: {e}")).GetAsyncEnumerator();
        var seen = new List<string>();
        while (true)
        {
            Assert.True(await events.MoveNextAsync().AsTask().WaitAsync(Deadline), "watch ended");
            var (type, cm) = events.Current;
            if (type == WatchEventType.Bookmark)
            {
                Assert.Equal("true", cm.Metadata.Annotations?["k8s.io/initial-events-end"]);
                break;
            }
            seen.Add($"{type} {cm.Metadata.Name}");
        }
        Assert.Equal(["Added first", "Added second"], seen.Order(StringComparer.Ordinal));
    }
}
