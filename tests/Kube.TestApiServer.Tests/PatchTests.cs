using System.Net;
using System.Text.Json.Nodes;
using Kube.TestApiServer.Tests.Support;

namespace Kube.TestApiServer.Tests;

public sealed class PatchTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    private const string Merge = "application/merge-patch+json";
    private const string Json = "application/json-patch+json";
    private const string Apply = "application/apply-patch+yaml";
    private readonly Api _api = fixture.Api;

    private async Task<(string Path, JsonObject Created)> SeedAsync()
    {
        var ns = await _api.NewNamespaceAsync();
        var created = await _api.PostAsync($"/api/v1/namespaces/{ns}/configmaps",
            """{"metadata":{"name":"p","labels":{"app.kubernetes.io/name":"x","keep":"1"}},"data":{"a":"1","b":"2"},"binaryData":{}}""");
        return ($"/api/v1/namespaces/{ns}/configmaps/p", created);
    }

    [Fact]
    public async Task MergePatch_NullDeletes_ArraysReplace()
    {
        var ns = await _api.NewNamespaceAsync();
        var path = $"/apis/batch/v1/namespaces/{ns}/jobs";
        await _api.PostAsync(path, """{"metadata":{"name":"m","finalizers":["a/x","b/y"]},"spec":{"parallelism":2,"completions":4}}""");
        var patched = await _api.PatchAsync($"{path}/m", """{"metadata":{"finalizers":["c/z"]},"spec":{"completions":null}}""", Merge);
        Assert.Equal(["c/z"], patched["metadata"]!["finalizers"]!.AsArray().Select(f => f!.GetValue<string>()));
        Assert.Null(patched["spec"]!["completions"]);
        Assert.Equal(2, patched["spec"]!["parallelism"]!.GetValue<int>());
    }

    [Fact]
    public async Task MergePatch_StaleResourceVersion_Returns409()
    {
        var (path, created) = await SeedAsync();
        await _api.PatchAsync(path, """{"data":{"a":"changed"}}""", Merge);
        var status = await _api.PatchAsync(path, $$$"""{"metadata":{"resourceVersion":"{{{Api.Rv(created)}}}"},"data":{"a":"late"}}""", Merge, HttpStatusCode.Conflict);
        Assert.Equal("Conflict", status["reason"]!.GetValue<string>());
    }

    [Fact]
    public async Task MergePatch_MissingObject_Returns404()
    {
        var ns = await _api.NewNamespaceAsync();
        await _api.PatchAsync($"/api/v1/namespaces/{ns}/configmaps/none", """{"data":{}}""", Merge, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task JsonPatch_EscapedKeysAndTest_Apply()
    {
        var (path, _) = await SeedAsync();
        var patched = await _api.PatchAsync(path,
            """[{"op":"test","path":"/metadata/labels/app.kubernetes.io~1name","value":"x"},{"op":"replace","path":"/metadata/labels/app.kubernetes.io~1name","value":"y"},{"op":"add","path":"/data/c","value":"3"},{"op":"remove","path":"/data/b"},{"op":"move","from":"/data/a","path":"/data/moved"},{"op":"copy","from":"/data/c","path":"/data/copied"}]""",
            Json);
        Assert.Equal("y", patched["metadata"]!["labels"]!["app.kubernetes.io/name"]!.GetValue<string>());
        Assert.Equal("""{"c":"3","moved":"1","copied":"3"}""", patched["data"]!.ToJsonString());
    }

    [Fact]
    public async Task JsonPatch_FailedTest_Returns422AndChangesNothing()
    {
        var (path, created) = await SeedAsync();
        var status = await _api.PatchAsync(path, """[{"op":"test","path":"/data/a","value":"nope"},{"op":"add","path":"/data/z","value":"1"}]""",
            Json, HttpStatusCode.UnprocessableEntity);
        Assert.Equal("Invalid", status["reason"]!.GetValue<string>());
        var after = await _api.GetAsync(path);
        Assert.Equal(Api.Rv(created), Api.Rv(after));
    }

    [Fact]
    public async Task JsonPatch_MissingPath_Returns422_MalformedBody_Returns400()
    {
        var (path, _) = await SeedAsync();
        await _api.PatchAsync(path, """[{"op":"remove","path":"/data/nothing"}]""", Json, HttpStatusCode.UnprocessableEntity);
        await _api.PatchAsync(path, """{"op":"remove"}""", Json, HttpStatusCode.BadRequest);
        await _api.PatchAsync(path, """[{"op":"frobnicate","path":"/data"}]""", Json, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Patch_PlainJsonContentType_Returns415()
    {
        var (path, _) = await SeedAsync();
        var status = await _api.PatchAsync(path, "{}", "application/json", HttpStatusCode.UnsupportedMediaType);
        Assert.Equal("UnsupportedMediaType", status["reason"]!.GetValue<string>());
    }

    [Fact]
    public async Task StrategicMergePatch_OnBuiltIn_MergesMaps()
    {
        var (path, _) = await SeedAsync();
        var patched = await _api.PatchAsync(path, """{"data":{"b":"20"}}""", "application/strategic-merge-patch+json");
        Assert.Equal("1", patched["data"]!["a"]!.GetValue<string>());
        Assert.Equal("20", patched["data"]!["b"]!.GetValue<string>());
    }

    [Fact]
    public async Task Apply_CreatesWhenAbsent_With201AndManagedFields()
    {
        var ns = await _api.NewNamespaceAsync();
        var created = await _api.PatchAsync($"/api/v1/namespaces/{ns}/configmaps/ssa?fieldManager=tool",
            "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ssa\ndata:\n  a: \"1\"\n", Apply, HttpStatusCode.Created);
        var entry = created["metadata"]!["managedFields"]!.AsArray().Single()!;
        Assert.Equal("tool", entry["manager"]!.GetValue<string>());
        Assert.Equal("Apply", entry["operation"]!.GetValue<string>());
        Assert.Equal("FieldsV1", entry["fieldsType"]!.GetValue<string>());
        Assert.NotNull(entry["fieldsV1"]!["f:data"]!["f:a"]);
    }

    [Fact]
    public async Task Apply_WithoutFieldManager_Returns400()
    {
        var ns = await _api.NewNamespaceAsync();
        await _api.PatchAsync($"/api/v1/namespaces/{ns}/configmaps/x", """{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"x"}}""", Apply,
            HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Apply_ConflictWithOtherManager_Returns409UnlessForced()
    {
        var ns = await _api.NewNamespaceAsync();
        var path = $"/api/v1/namespaces/{ns}/configmaps/c";
        await _api.PatchAsync($"{path}?fieldManager=alice", """{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"c"},"data":{"owner":"alice"}}""", Apply, HttpStatusCode.Created);
        var conflict = await _api.PatchAsync($"{path}?fieldManager=bob", """{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"c"},"data":{"owner":"bob"}}""", Apply, HttpStatusCode.Conflict);
        Assert.Equal("Conflict", conflict["reason"]!.GetValue<string>());
        Assert.StartsWith("Apply failed with 1 conflict: conflict with \"alice\"", conflict["message"]!.GetValue<string>());
        var cause = conflict["details"]!["causes"]!.AsArray().Single()!;
        Assert.Equal("FieldManagerConflict", cause["reason"]!.GetValue<string>());
        Assert.Equal(".data.owner", cause["field"]!.GetValue<string>());

        var forced = await _api.PatchAsync($"{path}?fieldManager=bob&force=true", """{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"c"},"data":{"owner":"bob"}}""", Apply);
        Assert.Equal("bob", forced["data"]!["owner"]!.GetValue<string>());
        var managers = forced["metadata"]!["managedFields"]!.AsArray().Select(e => e!["manager"]!.GetValue<string>()).ToList();
        Assert.Equal(["bob"], managers);
    }

    [Fact]
    public async Task Apply_SameValueByTwoManagers_IsSharedNotConflict()
    {
        var ns = await _api.NewNamespaceAsync();
        var path = $"/api/v1/namespaces/{ns}/configmaps/s";
        const string body = """{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"s"},"data":{"k":"v"}}""";
        await _api.PatchAsync($"{path}?fieldManager=one", body, Apply, HttpStatusCode.Created);
        await _api.PatchAsync($"{path}?fieldManager=two", body, Apply);
    }

    [Fact]
    public async Task Apply_OmittedField_IsRemoved_AndRepeatIsNoOp()
    {
        var ns = await _api.NewNamespaceAsync();
        var path = $"/api/v1/namespaces/{ns}/configmaps/o?fieldManager=me";
        await _api.PatchAsync(path, """{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"o"},"data":{"a":"1","b":"2"}}""", Apply, HttpStatusCode.Created);
        var second = await _api.PatchAsync(path, """{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"o"},"data":{"a":"1"}}""", Apply);
        Assert.Null(second["data"]!["b"]);
        var third = await _api.PatchAsync(path, """{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"o"},"data":{"a":"1"}}""", Apply);
        Assert.Equal(Api.Rv(second), Api.Rv(third));
    }

    [Fact]
    public async Task Apply_UpdateOwnedField_ConflictsWithUpdateManager()
    {
        var ns = await _api.NewNamespaceAsync();
        await _api.PostAsync($"/api/v1/namespaces/{ns}/configmaps?fieldManager=editor", """{"metadata":{"name":"u"},"data":{"a":"1"}}""");
        var conflict = await _api.PatchAsync($"/api/v1/namespaces/{ns}/configmaps/u?fieldManager=applier",
            """{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"u"},"data":{"a":"2"}}""", Apply, HttpStatusCode.Conflict);
        Assert.Contains("conflict with \"editor\"", conflict["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task Apply_Status_OnCustomResource_TouchesOnlyStatus()
    {
        await using var server = await TestApiServer.StartAsync();
        using var api = new Api(server.BaseAddress);
        await api.PostAsync("/apis/apiextensions.k8s.io/v1/customresourcedefinitions", Crds.Widgets());
        var path = $"/apis/{Crds.Group}/v1alpha1/namespaces/default/widgets";
        await api.PostAsync(path, Crds.Widget("a"));
        var applied = await api.PatchAsync($"{path}/a/status?fieldManager=controller&force=true",
            $$$"""{"apiVersion":"{{{Crds.Group}}}/v1alpha1","kind":"Widget","metadata":{"name":"a"},"spec":{"size":9},"status":{"phase":"Ready"}}""", Apply);
        Assert.Equal("Ready", applied["status"]!["phase"]!.GetValue<string>());
        Assert.Equal(1, applied["spec"]!["size"]!.GetValue<int>());
        Assert.Contains(applied["metadata"]!["managedFields"]!.AsArray(), e => e!["subresource"]?.GetValue<string>() == "status");
    }

    [Fact]
    public async Task Patch_ForceOnNonApply_Returns422()
    {
        var (path, _) = await SeedAsync();
        await _api.PatchAsync($"{path}?force=true", """{"data":{}}""", Merge, HttpStatusCode.UnprocessableEntity);
    }
}
