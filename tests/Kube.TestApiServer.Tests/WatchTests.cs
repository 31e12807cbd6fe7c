using System.Net;
using System.Text.Json.Nodes;
using Kube.TestApiServer.Tests.Support;

namespace Kube.TestApiServer.Tests;

public sealed class WatchTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    private readonly Api _api = fixture.Api;

    private static string Type(JsonObject e) => e["type"]!.GetValue<string>();

    private static string Name(JsonObject e) => e["object"]!["metadata"]!["name"]!.GetValue<string>();

    private static long EventRv(JsonObject e) => long.Parse(e["object"]!["metadata"]!["resourceVersion"]!.GetValue<string>());

    [Fact]
    public async Task Watch_FromListVersion_SeesAddedModifiedDeletedInOrder()
    {
        var ns = await _api.NewNamespaceAsync();
        var list = await _api.GetAsync($"/api/v1/namespaces/{ns}/configmaps");
        var rv = list["metadata"]!["resourceVersion"]!.GetValue<string>();
        await using var watch = await WatchStream.OpenAsync(_api.Http, $"/api/v1/namespaces/{ns}/configmaps?watch=true&resourceVersion={rv}");
        var created = await _api.PostAsync($"/api/v1/namespaces/{ns}/configmaps", """{"metadata":{"name":"w"},"data":{"a":"1"}}""");
        await _api.PatchAsync($"/api/v1/namespaces/{ns}/configmaps/w", """{"data":{"a":"2"}}""", "application/merge-patch+json");
        await _api.DeleteAsync($"/api/v1/namespaces/{ns}/configmaps/w");

        var added = (await watch.NextAsync())!;
        var modified = (await watch.NextAsync())!;
        var deleted = (await watch.NextAsync())!;
        Assert.Equal(["ADDED", "MODIFIED", "DELETED"], new[] { Type(added), Type(modified), Type(deleted) });
        Assert.Equal(Api.Rv(created), added["object"]!["metadata"]!["resourceVersion"]!.GetValue<string>());
        Assert.True(EventRv(added) < EventRv(modified) && EventRv(modified) < EventRv(deleted));
        Assert.Equal("ConfigMap", added["object"]!["kind"]!.GetValue<string>());
        Assert.Equal("v1", added["object"]!["apiVersion"]!.GetValue<string>());
        Assert.Equal("2", deleted["object"]!["data"]!["a"]!.GetValue<string>());
    }

    [Fact]
    public async Task Watch_WithoutResourceVersion_StartsWithSyntheticAdded()
    {
        var ns = await _api.NewNamespaceAsync();
        await _api.PostAsync($"/api/v1/namespaces/{ns}/configmaps", """{"metadata":{"name":"existing"}}""");
        await using var watch = await WatchStream.OpenAsync(_api.Http, $"/api/v1/namespaces/{ns}/configmaps?watch=1");
        var first = (await watch.NextAsync())!;
        Assert.Equal("ADDED", Type(first));
        Assert.Equal("existing", Name(first));
    }

    [Fact]
    public async Task Watch_TimeoutSeconds_EndsStreamCleanlyWithBookmark()
    {
        var ns = await _api.NewNamespaceAsync();
        var rv = (await _api.GetAsync($"/api/v1/namespaces/{ns}/configmaps"))["metadata"]!["resourceVersion"]!.GetValue<string>();
        await using var watch = await WatchStream.OpenAsync(_api.Http,
            $"/api/v1/namespaces/{ns}/configmaps?watch=true&resourceVersion={rv}&timeoutSeconds=1&allowWatchBookmarks=true");
        var bookmark = (await watch.NextAsync())!;
        Assert.Equal("BOOKMARK", Type(bookmark));
        Assert.Equal("ConfigMap", bookmark["object"]!["kind"]!.GetValue<string>());
        Assert.True(long.Parse(bookmark["object"]!["metadata"]!["resourceVersion"]!.GetValue<string>()) >= long.Parse(rv));
        Assert.Null(await watch.NextAsync());
    }

    [Fact]
    public async Task Watch_WithoutBookmarksAsked_SendsNone()
    {
        var ns = await _api.NewNamespaceAsync();
        var rv = (await _api.GetAsync($"/api/v1/namespaces/{ns}/configmaps"))["metadata"]!["resourceVersion"]!.GetValue<string>();
        await using var watch = await WatchStream.OpenAsync(_api.Http,
            $"/api/v1/namespaces/{ns}/configmaps?watch=true&resourceVersion={rv}&timeoutSeconds=1");
        Assert.Null(await watch.NextAsync());
    }

    [Fact]
    public async Task Watch_LabelSelectorTransitions_BecomeAddedAndDeleted()
    {
        var ns = await _api.NewNamespaceAsync();
        var created = await _api.PostAsync($"/api/v1/namespaces/{ns}/configmaps", """{"metadata":{"name":"sel","labels":{"app":"other"}}}""");
        await using var watch = await WatchStream.OpenAsync(_api.Http,
            $"/api/v1/namespaces/{ns}/configmaps?watch=true&resourceVersion={Api.Rv(created)}&labelSelector=app%3Dweb");
        await _api.PatchAsync($"/api/v1/namespaces/{ns}/configmaps/sel", """{"metadata":{"labels":{"app":"web"}}}""", "application/merge-patch+json");
        var labelled = await _api.PatchAsync($"/api/v1/namespaces/{ns}/configmaps/sel", """{"data":{"x":"1"}}""", "application/merge-patch+json");
        var unlabelled = await _api.PatchAsync($"/api/v1/namespaces/{ns}/configmaps/sel", """{"metadata":{"labels":{"app":"gone"}}}""", "application/merge-patch+json");
        Assert.Equal("ADDED", Type((await watch.NextAsync())!));
        Assert.Equal("MODIFIED", Type((await watch.NextAsync())!));
        var left = (await watch.NextAsync())!;
        Assert.Equal("DELETED", Type(left));
        Assert.Equal(Api.Rv(unlabelled), left["object"]!["metadata"]!["resourceVersion"]!.GetValue<string>());
        _ = labelled;
    }

    [Fact]
    public async Task Watch_FieldSelectorOnName_SeesOnlyThatObject()
    {
        var ns = await _api.NewNamespaceAsync();
        var rv = (await _api.GetAsync($"/api/v1/namespaces/{ns}/configmaps"))["metadata"]!["resourceVersion"]!.GetValue<string>();
        await using var watch = await WatchStream.OpenAsync(_api.Http,
            $"/api/v1/namespaces/{ns}/configmaps?watch=true&resourceVersion={rv}&fieldSelector=metadata.name%3Done");
        await _api.PostAsync($"/api/v1/namespaces/{ns}/configmaps", """{"metadata":{"name":"two"}}""");
        await _api.PostAsync($"/api/v1/namespaces/{ns}/configmaps", """{"metadata":{"name":"one"}}""");
        Assert.Equal("one", Name((await watch.NextAsync())!));
    }

    [Fact]
    public async Task Watch_TooOldResourceVersion_SendsErrorEventWith410Expired()
    {
        await using var server = await TestApiServer.StartAsync(new TestApiServerOptions { WatchHistoryLimit = 5 });
        using var api = new Api(server.BaseAddress);
        var first = await api.PostAsync("/api/v1/namespaces/default/configmaps", """{"metadata":{"name":"c0"}}""");
        for (var i = 1; i < 10; i++) await api.PostAsync("/api/v1/namespaces/default/configmaps", $$$"""{"metadata":{"name":"c{{{i}}}"}}""");
        await using var watch = await WatchStream.OpenAsync(api.Http, $"/api/v1/namespaces/default/configmaps?watch=true&resourceVersion={Api.Rv(first)}");
        var error = (await watch.NextAsync())!;
        Assert.Equal("ERROR", Type(error));
        var status = error["object"]!.AsObject();
        Assert.Equal("Status", status["kind"]!.GetValue<string>());
        Assert.Equal(410, status["code"]!.GetValue<int>());
        Assert.Equal("Expired", status["reason"]!.GetValue<string>());
        Assert.StartsWith($"too old resource version: {Api.Rv(first)} (", status["message"]!.GetValue<string>());
        Assert.Null(await watch.NextAsync());
    }

    [Fact]
    public async Task Watch_AfterCompactHistory_OldVersionGets410_CurrentVersionWorks()
    {
        await using var server = await TestApiServer.StartAsync();
        using var api = new Api(server.BaseAddress);
        var created = await api.PostAsync("/api/v1/namespaces/default/configmaps", """{"metadata":{"name":"a"}}""");
        await api.PatchAsync("/api/v1/namespaces/default/configmaps/a", """{"data":{"x":"1"}}""", "application/merge-patch+json");
        server.CompactHistory();
        await using (var old = await WatchStream.OpenAsync(api.Http, $"/api/v1/namespaces/default/configmaps?watch=true&resourceVersion={Api.Rv(created)}"))
            Assert.Equal("ERROR", Type((await old.NextAsync())!));
        var list = await api.GetAsync("/api/v1/namespaces/default/configmaps");
        await using var fresh = await WatchStream.OpenAsync(api.Http,
            $"/api/v1/namespaces/default/configmaps?watch=true&resourceVersion={list["metadata"]!["resourceVersion"]}");
        await api.PostAsync("/api/v1/namespaces/default/configmaps", """{"metadata":{"name":"b"}}""");
        Assert.Equal("ADDED", Type((await fresh.NextAsync())!));
    }

    [Fact]
    public async Task Watch_SendInitialEventsWithoutMatch_IsRejected()
    {
        var ns = await _api.NewNamespaceAsync();
        var (code, body, _) = await _api.SendAsync(HttpMethod.Get, $"/api/v1/namespaces/{ns}/configmaps?watch=true&sendInitialEvents=true&allowWatchBookmarks=true");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, code);
        Assert.Equal("Invalid", body["reason"]!.GetValue<string>());
    }

    [Fact]
    public async Task Watch_StreamingList_SendsInitialEventsThenEndBookmark()
    {
        var ns = await _api.NewNamespaceAsync();
        await _api.PostAsync($"/api/v1/namespaces/{ns}/configmaps", """{"metadata":{"name":"x"}}""");
        await using var watch = await WatchStream.OpenAsync(_api.Http,
            $"/api/v1/namespaces/{ns}/configmaps?watch=true&sendInitialEvents=true&resourceVersionMatch=NotOlderThan&allowWatchBookmarks=true");
        Assert.Equal("ADDED", Type((await watch.NextAsync())!));
        var bookmark = (await watch.NextAsync())!;
        Assert.Equal("BOOKMARK", Type(bookmark));
        Assert.Equal("true", bookmark["object"]!["metadata"]!["annotations"]!["k8s.io/initial-events-end"]!.GetValue<string>());
    }

    [Fact]
    public async Task Watch_NoOpWrite_EmitsNoEvent()
    {
        var ns = await _api.NewNamespaceAsync();
        var created = await _api.PostAsync($"/api/v1/namespaces/{ns}/configmaps", """{"metadata":{"name":"n"},"data":{"a":"1"}}""");
        await using var watch = await WatchStream.OpenAsync(_api.Http,
            $"/api/v1/namespaces/{ns}/configmaps?watch=true&resourceVersion={Api.Rv(created)}");
        var same = await _api.PatchAsync($"/api/v1/namespaces/{ns}/configmaps/n", """{"data":{"a":"1"}}""", "application/merge-patch+json");
        Assert.Equal(Api.Rv(created), Api.Rv(same));
        var changed = await _api.PatchAsync($"/api/v1/namespaces/{ns}/configmaps/n", """{"data":{"a":"2"}}""", "application/merge-patch+json");
        var next = (await watch.NextAsync())!;
        Assert.Equal("MODIFIED", Type(next));
        Assert.Equal(Api.Rv(changed), next["object"]!["metadata"]!["resourceVersion"]!.GetValue<string>());
    }

    [Fact]
    public async Task Watch_FutureResourceVersion_Returns504ResourceVersionTooLarge()
    {
        var ns = await _api.NewNamespaceAsync();
        var rv = long.Parse((await _api.GetAsync($"/api/v1/namespaces/{ns}/configmaps"))["metadata"]!["resourceVersion"]!.GetValue<string>());
        var (code, body, _) = await _api.SendAsync(HttpMethod.Get, $"/api/v1/namespaces/{ns}/configmaps?watch=true&resourceVersion={rv + 1_000_000}");
        Assert.Equal(HttpStatusCode.GatewayTimeout, code);
        Assert.Equal("Timeout", body["reason"]!.GetValue<string>());
        Assert.Equal("ResourceVersionTooLarge", body["details"]!["causes"]![0]!["reason"]!.GetValue<string>());
    }
}
