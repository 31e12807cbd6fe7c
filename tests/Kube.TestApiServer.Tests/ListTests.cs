using System.Net;
using System.Text.Json.Nodes;
using Kube.TestApiServer.Tests.Support;

namespace Kube.TestApiServer.Tests;

public sealed class ListTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    private readonly Api _api = fixture.Api;

    private static List<string> Names(JsonObject list) =>
        list["items"]!.AsArray().Select(i => i!["metadata"]!["name"]!.GetValue<string>()).ToList();

    private async Task<string> SeedAsync()
    {
        var ns = await _api.NewNamespaceAsync();
        await _api.PostAsync($"/api/v1/namespaces/{ns}/configmaps", """{"metadata":{"name":"a","labels":{"app":"web","tier":"front"}}}""");
        await _api.PostAsync($"/api/v1/namespaces/{ns}/configmaps", """{"metadata":{"name":"b","labels":{"app":"api","tier":"back"}}}""");
        await _api.PostAsync($"/api/v1/namespaces/{ns}/configmaps", """{"metadata":{"name":"c","labels":{"app":"db"}}}""");
        await _api.PostAsync($"/api/v1/namespaces/{ns}/configmaps", """{"metadata":{"name":"d"}}""");
        return ns;
    }

    [Theory]
    [InlineData("app=web", "a")]
    [InlineData("app==web", "a")]
    [InlineData("app!=web", "b,c,d")]
    [InlineData("app in (web,api)", "a,b")]
    [InlineData("app notin (web,api)", "c,d")]
    [InlineData("tier", "a,b")]
    [InlineData("!tier", "c,d")]
    [InlineData("app,tier!=front", "b,c")]
    [InlineData("app in (web, db),!tier", "c")]
    public async Task List_LabelSelector_Filters(string selector, string expected)
    {
        var ns = await SeedAsync();
        var list = await _api.GetAsync($"/api/v1/namespaces/{ns}/configmaps?labelSelector={Uri.EscapeDataString(selector)}");
        Assert.Equal(expected.Split(','), Names(list));
    }

    [Theory]
    [InlineData("metadata.name=b", "b")]
    [InlineData("metadata.name!=b", "a,c,d")]
    [InlineData("metadata.name==c,metadata.namespace!=x", "c")]
    public async Task List_FieldSelector_Filters(string selector, string expected)
    {
        var ns = await SeedAsync();
        var list = await _api.GetAsync($"/api/v1/namespaces/{ns}/configmaps?fieldSelector={Uri.EscapeDataString(selector)}");
        Assert.Equal(expected.Split(','), Names(list));
    }

    [Fact]
    public async Task List_UnsupportedFieldLabel_Returns400()
    {
        var ns = await _api.NewNamespaceAsync();
        var status = await _api.GetAsync($"/api/v1/namespaces/{ns}/configmaps?fieldSelector=spec.foo%3Dx", HttpStatusCode.BadRequest);
        Assert.Equal("field label not supported: spec.foo", status["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task List_BadLabelSelector_Returns400()
    {
        var ns = await _api.NewNamespaceAsync();
        var status = await _api.GetAsync($"/api/v1/namespaces/{ns}/configmaps?labelSelector={Uri.EscapeDataString("a in (b")}", HttpStatusCode.BadRequest);
        Assert.Equal("BadRequest", status["reason"]!.GetValue<string>());
    }

    [Fact]
    public async Task List_LimitAndContinue_PagesThroughEverythingOnce()
    {
        var ns = await _api.NewNamespaceAsync();
        for (var i = 0; i < 7; i++) await _api.PostAsync($"/api/v1/namespaces/{ns}/configmaps", $$$"""{"metadata":{"name":"p{{{i}}}"}}""");
        var seen = new List<string>();
        var first = await _api.GetAsync($"/api/v1/namespaces/{ns}/configmaps?limit=3");
        var rv = first["metadata"]!["resourceVersion"]!.GetValue<string>();
        seen.AddRange(Names(first));
        var token = first["metadata"]!["continue"]?.GetValue<string>();
        while (token is not null)
        {
            var page = await _api.GetAsync($"/api/v1/namespaces/{ns}/configmaps?limit=3&continue={Uri.EscapeDataString(token)}");
            Assert.Equal(rv, page["metadata"]!["resourceVersion"]!.GetValue<string>());
            seen.AddRange(Names(page));
            token = page["metadata"]!["continue"]?.GetValue<string>();
        }
        Assert.Equal(Enumerable.Range(0, 7).Select(i => $"p{i}"), seen);
    }

    [Fact]
    public async Task List_ContinuePagesAfterWrites_ComeFromTheFirstPagesSnapshot()
    {
        var ns = await _api.NewNamespaceAsync();
        var path = $"/api/v1/namespaces/{ns}/configmaps";
        for (var i = 0; i < 7; i++)
            await _api.PostAsync(path, $$$"""{"metadata":{"name":"p{{{i}}}","labels":{"app":"x"}},"data":{"v":"old"}}""");
        var before = await _api.GetAsync($"{path}/p3");
        var first = await _api.GetAsync($"{path}?limit=2&labelSelector=app%3Dx");
        var rv = first["metadata"]!["resourceVersion"]!.GetValue<string>();
        Assert.Equal(["p0", "p1"], Names(first));

        // Created after the first page (between and after page keys, and one created then deleted):
        // absent from later pages.
        await _api.PostAsync(path, """{"metadata":{"name":"p1a","labels":{"app":"x"}}}""");
        await _api.PostAsync(path, """{"metadata":{"name":"p9","labels":{"app":"x"}}}""");
        await _api.PostAsync(path, """{"metadata":{"name":"p5x","labels":{"app":"x"}}}""");
        await _api.DeleteAsync($"{path}/p5x");
        // Changed after the first page: later pages show the state at the snapshot, including a
        // label change that would stop it matching the selector now.
        await _api.PatchAsync($"{path}/p3", """{"data":{"v":"new"}}""", "application/merge-patch+json");
        await _api.PatchAsync($"{path}/p3", """{"data":{"v":"newer"}}""", "application/merge-patch+json");
        await _api.PatchAsync($"{path}/p6", """{"metadata":{"labels":{"app":"y"}}}""", "application/merge-patch+json");
        // Deleted after the first page: still present, with its pre-deletion state.
        await _api.DeleteAsync($"{path}/p4");
        await _api.DeleteAsync($"{path}/p0");

        var pages = new List<List<string>>();
        JsonObject? p3 = null;
        var token = first["metadata"]!["continue"]?.GetValue<string>();
        while (token is not null)
        {
            var page = await _api.GetAsync($"{path}?limit=2&labelSelector=app%3Dx&continue={Uri.EscapeDataString(token)}");
            Assert.Equal(rv, page["metadata"]!["resourceVersion"]!.GetValue<string>());
            pages.Add(Names(page));
            p3 ??= page["items"]!.AsArray().Select(i => i!.AsObject()).FirstOrDefault(i => i["metadata"]!["name"]!.GetValue<string>() == "p3");
            token = page["metadata"]!["continue"]?.GetValue<string>();
        }

        Assert.Equal([["p2", "p3"], ["p4", "p5"], ["p6"]], pages);
        Assert.NotNull(p3);
        Assert.Equal("old", p3["data"]!["v"]!.GetValue<string>());
        Assert.Equal(before["metadata"]!["resourceVersion"]!.GetValue<string>(), p3["metadata"]!["resourceVersion"]!.GetValue<string>());
        // A fresh list reads current state.
        Assert.Equal(["p1", "p1a", "p2", "p3", "p5", "p9"], Names(await _api.GetAsync($"{path}?labelSelector=app%3Dx")));
    }

    [Fact]
    public async Task List_ExactResourceVersion_ServesThatSnapshot()
    {
        var ns = await _api.NewNamespaceAsync();
        var path = $"/api/v1/namespaces/{ns}/configmaps";
        await _api.PostAsync(path, """{"metadata":{"name":"a"},"data":{"v":"old"}}""");
        await _api.PostAsync(path, """{"metadata":{"name":"b"}}""");
        var rv = (await _api.GetAsync(path))["metadata"]!["resourceVersion"]!.GetValue<string>();
        await _api.PatchAsync($"{path}/a", """{"data":{"v":"new"}}""", "application/merge-patch+json");
        await _api.PostAsync(path, """{"metadata":{"name":"c"}}""");
        await _api.DeleteAsync($"{path}/b");

        var exact = await _api.GetAsync($"{path}?resourceVersion={rv}&resourceVersionMatch=Exact");
        Assert.Equal(rv, exact["metadata"]!["resourceVersion"]!.GetValue<string>());
        Assert.Equal(["a", "b"], Names(exact));
        Assert.Equal("old", exact["items"]![0]!["data"]!["v"]!.GetValue<string>());

        // limit + resourceVersion (no match) is an exact read too, and its continue pages follow it.
        var first = await _api.GetAsync($"{path}?limit=1&resourceVersion={rv}");
        Assert.Equal(["a"], Names(first));
        var second = await _api.GetAsync($"{path}?limit=1&continue={Uri.EscapeDataString(first["metadata"]!["continue"]!.GetValue<string>())}");
        Assert.Equal(rv, second["metadata"]!["resourceVersion"]!.GetValue<string>());
        Assert.Equal(["b"], Names(second));
        Assert.Null(second["metadata"]!["continue"]);
    }

    [Fact]
    public async Task List_ContinueAfterCompaction_Returns410Expired()
    {
        await using var server = await TestApiServer.StartAsync();
        using var api = new Api(server.BaseAddress);
        for (var i = 0; i < 3; i++) await api.PostAsync("/api/v1/namespaces/default/configmaps", $$$"""{"metadata":{"name":"p{{{i}}}"}}""");
        var first = await api.GetAsync("/api/v1/namespaces/default/configmaps?limit=1");
        await api.PostAsync("/api/v1/namespaces/default/configmaps", """{"metadata":{"name":"later"}}""");
        server.CompactHistory();
        var status = await api.GetAsync($"/api/v1/namespaces/default/configmaps?limit=1&continue={Uri.EscapeDataString(first["metadata"]!["continue"]!.GetValue<string>())}",
            HttpStatusCode.Gone);
        Assert.Equal("Expired", status["reason"]!.GetValue<string>());
        Assert.Equal(410, status["code"]!.GetValue<int>());
    }

    [Fact]
    public async Task List_ContinueWithResourceVersion_Returns400()
    {
        var ns = await SeedAsync();
        var first = await _api.GetAsync($"/api/v1/namespaces/{ns}/configmaps?limit=1");
        await _api.GetAsync($"/api/v1/namespaces/{ns}/configmaps?limit=1&resourceVersion=5&continue={Uri.EscapeDataString(first["metadata"]!["continue"]!.GetValue<string>())}",
            HttpStatusCode.BadRequest);
    }
}
