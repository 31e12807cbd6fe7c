using System.Net;
using System.Text.Json.Nodes;
using Kube.TestApiServer.Tests.Support;

namespace Kube.TestApiServer.Tests;

public sealed class CoreResourceTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    private readonly Api _api = fixture.Api;

    [Fact]
    public async Task Create_ConfigMap_Returns201WithServerFields()
    {
        var ns = await _api.NewNamespaceAsync();
        var created = await _api.PostAsync($"/api/v1/namespaces/{ns}/configmaps",
            """{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"a","uid":"client-uid"},"data":{"k":"v"}}""");
        var meta = created["metadata"]!.AsObject();
        Assert.Equal("a", meta["name"]!.GetValue<string>());
        Assert.Equal(ns, meta["namespace"]!.GetValue<string>());
        Assert.NotEqual("client-uid", meta["uid"]!.GetValue<string>());
        Assert.True(Guid.TryParse(meta["uid"]!.GetValue<string>(), out _));
        Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$", meta["creationTimestamp"]!.GetValue<string>());
        Assert.False(string.IsNullOrEmpty(Api.Rv(created)));
        var read = await _api.GetAsync($"/api/v1/namespaces/{ns}/configmaps/a");
        Assert.Equal("v", read["data"]!["k"]!.GetValue<string>());
        Assert.Equal(Api.Rv(created), Api.Rv(read));
    }

    [Fact]
    public async Task Create_Job_SetsGenerationOne()
    {
        var ns = await _api.NewNamespaceAsync();
        var created = await _api.PostAsync($"/apis/batch/v1/namespaces/{ns}/jobs",
            """{"apiVersion":"batch/v1","kind":"Job","metadata":{"name":"j"},"spec":{"template":{"spec":{"restartPolicy":"Never","containers":[{"name":"c","image":"busybox"}]}}},"status":{"active":3}}""");
        Assert.Equal(1, created["metadata"]!["generation"]!.GetValue<long>());
        Assert.Null(created["status"]);
    }

    [Fact]
    public async Task Create_GenerateName_AppendsFiveCharacters()
    {
        var ns = await _api.NewNamespaceAsync();
        var created = await _api.PostAsync($"/api/v1/namespaces/{ns}/configmaps",
            """{"apiVersion":"v1","kind":"ConfigMap","metadata":{"generateName":"cfg-"}}""");
        Assert.Matches("^cfg-[bcdfghjklmnpqrstvwxz2456789]{5}$", created["metadata"]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task Create_ExistingName_Returns409AlreadyExists()
    {
        var ns = await _api.NewNamespaceAsync();
        const string body = """{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"dup"}}""";
        await _api.PostAsync($"/api/v1/namespaces/{ns}/configmaps", body);
        var status = await _api.PostAsync($"/api/v1/namespaces/{ns}/configmaps", body, HttpStatusCode.Conflict);
        Assert.Equal("AlreadyExists", status["reason"]!.GetValue<string>());
        Assert.Equal("configmaps \"dup\" already exists", status["message"]!.GetValue<string>());
        Assert.Equal("configmaps", status["details"]!["kind"]!.GetValue<string>());
        Assert.Equal(409, status["code"]!.GetValue<int>());
    }

    [Fact]
    public async Task Create_MissingNamespace_Returns404()
    {
        var status = await _api.PostAsync("/api/v1/namespaces/nope-ns/configmaps",
            """{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"a"}}""", HttpStatusCode.NotFound);
        Assert.Equal("namespaces \"nope-ns\" not found", status["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task Get_Missing_Returns404StatusWithGroup()
    {
        var ns = await _api.NewNamespaceAsync();
        var status = await _api.GetAsync($"/apis/batch/v1/namespaces/{ns}/jobs/none", HttpStatusCode.NotFound);
        Assert.Equal("Status", status["kind"]!.GetValue<string>());
        Assert.Equal("Failure", status["status"]!.GetValue<string>());
        Assert.Equal("NotFound", status["reason"]!.GetValue<string>());
        Assert.Equal("jobs.batch \"none\" not found", status["message"]!.GetValue<string>());
        Assert.Equal("batch", status["details"]!["group"]!.GetValue<string>());
    }

    [Fact]
    public async Task Put_StaleResourceVersion_Returns409Conflict()
    {
        var ns = await _api.NewNamespaceAsync();
        var created = await _api.PostAsync($"/api/v1/namespaces/{ns}/configmaps",
            """{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"c"},"data":{"a":"1"}}""");
        var rv = Api.Rv(created);
        await _api.PutAsync($"/api/v1/namespaces/{ns}/configmaps/c",
            $$$"""{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"c","resourceVersion":"{{{rv}}}"},"data":{"a":"2"}}""");
        var status = await _api.PutAsync($"/api/v1/namespaces/{ns}/configmaps/c",
            $$$"""{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"c","resourceVersion":"{{{rv}}}"},"data":{"a":"3"}}""", HttpStatusCode.Conflict);
        Assert.Equal("Conflict", status["reason"]!.GetValue<string>());
        Assert.Equal("Operation cannot be fulfilled on configmaps \"c\": the object has been modified; please apply your changes to the latest version and try again",
            status["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task Put_BuiltInWithoutResourceVersion_IsUnconditional()
    {
        var ns = await _api.NewNamespaceAsync();
        await _api.PostAsync($"/api/v1/namespaces/{ns}/configmaps", """{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"u"}}""");
        var updated = await _api.PutAsync($"/api/v1/namespaces/{ns}/configmaps/u",
            """{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"u"},"data":{"x":"y"}}""");
        Assert.Equal("y", updated["data"]!["x"]!.GetValue<string>());
    }

    [Fact]
    public async Task Put_NoChange_KeepsResourceVersion()
    {
        var ns = await _api.NewNamespaceAsync();
        var created = await _api.PostAsync($"/api/v1/namespaces/{ns}/configmaps",
            """{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"same"},"data":{"a":"1"}}""");
        created["metadata"]!.AsObject().Remove("managedFields");
        var updated = await _api.PutAsync($"/api/v1/namespaces/{ns}/configmaps/same", created.ToJsonString());
        Assert.Equal(Api.Rv(created), Api.Rv(updated));
    }

    [Fact]
    public async Task List_ReturnsListResourceVersionAndItems()
    {
        var ns = await _api.NewNamespaceAsync();
        foreach (var name in new[] { "b", "a", "c" })
            await _api.PostAsync($"/api/v1/namespaces/{ns}/configmaps", $$$"""{"metadata":{"name":"{{{name}}}"}}""");
        var list = await _api.GetAsync($"/api/v1/namespaces/{ns}/configmaps");
        Assert.Equal("ConfigMapList", list["kind"]!.GetValue<string>());
        Assert.Equal("v1", list["apiVersion"]!.GetValue<string>());
        Assert.False(string.IsNullOrEmpty(list["metadata"]!["resourceVersion"]!.GetValue<string>()));
        var names = list["items"]!.AsArray().Select(i => i!["metadata"]!["name"]!.GetValue<string>()).ToArray();
        Assert.Equal(["a", "b", "c"], names);
    }

    [Fact]
    public async Task List_AllNamespaces_IncludesEveryNamespace()
    {
        var ns1 = await _api.NewNamespaceAsync();
        var ns2 = await _api.NewNamespaceAsync();
        await _api.PostAsync($"/apis/coordination.k8s.io/v1/namespaces/{ns1}/leases", """{"metadata":{"name":"l"}}""");
        await _api.PostAsync($"/apis/coordination.k8s.io/v1/namespaces/{ns2}/leases", """{"metadata":{"name":"l"}}""");
        var list = await _api.GetAsync("/apis/coordination.k8s.io/v1/leases");
        var namespaces = list["items"]!.AsArray().Select(i => i!["metadata"]!["namespace"]!.GetValue<string>()).ToList();
        Assert.Contains(ns1, namespaces);
        Assert.Contains(ns2, namespaces);
    }

    [Fact]
    public async Task Delete_WithoutFinalizers_ReturnsSuccessStatusAndRemoves()
    {
        var ns = await _api.NewNamespaceAsync();
        var created = await _api.PostAsync($"/api/v1/namespaces/{ns}/secrets", """{"metadata":{"name":"s"},"data":{"k":"dg=="}}""");
        var status = await _api.DeleteAsync($"/api/v1/namespaces/{ns}/secrets/s");
        Assert.Equal("Success", status["status"]!.GetValue<string>());
        Assert.Equal("secrets", status["details"]!["kind"]!.GetValue<string>());
        Assert.Equal(created["metadata"]!["uid"]!.GetValue<string>(), status["details"]!["uid"]!.GetValue<string>());
        await _api.GetAsync($"/api/v1/namespaces/{ns}/secrets/s", HttpStatusCode.NotFound);
        await _api.DeleteAsync($"/api/v1/namespaces/{ns}/secrets/s", expected: HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Lease_MicroTime_RoundTrips()
    {
        var ns = await _api.NewNamespaceAsync();
        var created = await _api.PostAsync($"/apis/coordination.k8s.io/v1/namespaces/{ns}/leases",
            """{"apiVersion":"coordination.k8s.io/v1","kind":"Lease","metadata":{"name":"op"},"spec":{"holderIdentity":"a","leaseDurationSeconds":15,"renewTime":"2025-03-01T10:15:30.123456Z"}}""");
        Assert.Equal("2025-03-01T10:15:30.123456Z", created["spec"]!["renewTime"]!.GetValue<string>());
    }

    [Fact]
    public async Task Events_BothApiGroupsServe()
    {
        var ns = await _api.NewNamespaceAsync();
        await _api.PostAsync($"/api/v1/namespaces/{ns}/events",
            """{"apiVersion":"v1","kind":"Event","metadata":{"name":"e1"},"involvedObject":{"kind":"Job","name":"j"},"reason":"Created"}""");
        await _api.PostAsync($"/apis/events.k8s.io/v1/namespaces/{ns}/events",
            """{"apiVersion":"events.k8s.io/v1","kind":"Event","metadata":{"name":"e2"},"eventTime":"2025-03-01T10:15:30.123456Z","reason":"Created","action":"Create","reportingController":"x","reportingInstance":"y"}""");
        var filtered = await _api.GetAsync($"/api/v1/namespaces/{ns}/events?fieldSelector=involvedObject.name%3Dj");
        Assert.Single(filtered["items"]!.AsArray());
    }

    [Fact]
    public async Task DeleteNamespace_RemovesItsObjects()
    {
        var ns = await _api.NewNamespaceAsync();
        await _api.PostAsync($"/api/v1/namespaces/{ns}/configmaps", """{"metadata":{"name":"inside"}}""");
        await _api.DeleteAsync($"/api/v1/namespaces/{ns}");
        await _api.GetAsync($"/api/v1/namespaces/{ns}/configmaps/inside", HttpStatusCode.NotFound);
        await _api.PostAsync($"/api/v1/namespaces/{ns}/configmaps", """{"metadata":{"name":"again"}}""", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Namespace_IsActiveAndLabelled()
    {
        var ns = await _api.NewNamespaceAsync();
        var read = await _api.GetAsync($"/api/v1/namespaces/{ns}");
        Assert.Equal("Active", read["status"]!["phase"]!.GetValue<string>());
        Assert.Equal(ns, read["metadata"]!["labels"]!["kubernetes.io/metadata.name"]!.GetValue<string>());
    }

    [Fact]
    public async Task JobStatus_WrittenThroughStatusSubresource()
    {
        var ns = await _api.NewNamespaceAsync();
        var created = await _api.PostAsync($"/apis/batch/v1/namespaces/{ns}/jobs", """{"metadata":{"name":"s"},"spec":{"completions":2}}""");
        var status = created.DeepClone().AsObject();
        status["status"] = JsonNode.Parse("""{"succeeded":2,"conditions":[{"type":"Complete","status":"True"}]}""");
        var written = await _api.PutAsync($"/apis/batch/v1/namespaces/{ns}/jobs/s/status", status.ToJsonString());
        Assert.Equal(2, written["status"]!["succeeded"]!.GetValue<int>());
        Assert.Equal(1, written["metadata"]!["generation"]!.GetValue<long>());
        var read = await _api.GetAsync($"/apis/batch/v1/namespaces/{ns}/jobs/s/status");
        Assert.Equal("Complete", read["status"]!["conditions"]![0]!["type"]!.GetValue<string>());
    }

    [Fact]
    public async Task ReadModifyWrite_KeepsUnknownFields()
    {
        var ns = await _api.NewNamespaceAsync();
        var created = await _api.PostAsync($"/apis/batch/v1/namespaces/{ns}/jobs",
            """{"metadata":{"name":"rmw"},"spec":{"futureField":{"x":1},"template":{"spec":{"containers":[{"name":"c","image":"i"}]}}}}""");
        created["metadata"]!["labels"] = new JsonObject { ["touched"] = "yes" };
        var updated = await _api.PutAsync($"/apis/batch/v1/namespaces/{ns}/jobs/rmw", created.ToJsonString());
        Assert.Equal(1, updated["spec"]!["futureField"]!["x"]!.GetValue<int>());
        Assert.Equal("yes", updated["metadata"]!["labels"]!["touched"]!.GetValue<string>());
    }
}
