using System.Net;
using System.Text.Json.Nodes;
using Kube.TestApiServer.Tests.Support;

namespace Kube.TestApiServer.Tests;

public sealed class DeletionTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    private readonly Api _api = fixture.Api;

    private static string Uid(JsonObject o) => o["metadata"]!["uid"]!.GetValue<string>();

    private static string Owner(JsonObject owner, string kind, string apiVersion, bool block = false) =>
        $$$"""{"apiVersion":"{{{apiVersion}}}","kind":"{{{kind}}}","name":"{{{owner["metadata"]!["name"]}}}","uid":"{{{Uid(owner)}}}","controller":true,"blockOwnerDeletion":{{{(block ? "true" : "false")}}}}""";

    [Fact]
    public async Task Delete_WithFinalizer_SetsDeletionTimestampAndKeepsObjectUntilFinalizersEmpty()
    {
        var ns = await _api.NewNamespaceAsync();
        var path = $"/apis/batch/v1/namespaces/{ns}/jobs";
        await _api.PostAsync(path, """{"metadata":{"name":"f","finalizers":["example.org/cleanup"]},"spec":{}}""");
        var list = await _api.GetAsync(path);
        await using var watch = await WatchStream.OpenAsync(_api.Http, $"{path}?watch=true&resourceVersion={list["metadata"]!["resourceVersion"]}");

        var marked = await _api.DeleteAsync($"{path}/f?propagationPolicy=Background");
        Assert.Equal("Job", marked["kind"]!.GetValue<string>());
        Assert.NotNull(marked["metadata"]!["deletionTimestamp"]);
        Assert.Equal(0, marked["metadata"]!["deletionGracePeriodSeconds"]!.GetValue<int>());
        Assert.Equal(2, marked["metadata"]!["generation"]!.GetValue<long>());
        var again = await _api.DeleteAsync($"{path}/f?propagationPolicy=Background");
        Assert.Equal(Api.Rv(marked), Api.Rv(again));
        await _api.GetAsync($"{path}/f");

        var addFinalizer = await _api.PatchAsync($"{path}/f", """{"metadata":{"finalizers":["example.org/cleanup","other.org/x"]}}""",
            "application/merge-patch+json", HttpStatusCode.UnprocessableEntity);
        Assert.Contains("no new finalizers can be added if the object is being deleted", addFinalizer["message"]!.GetValue<string>());

        await _api.PatchAsync($"{path}/f", """[{"op":"test","path":"/metadata/finalizers/0","value":"example.org/cleanup"},{"op":"remove","path":"/metadata/finalizers"}]""",
            "application/json-patch+json");
        await _api.GetAsync($"{path}/f", HttpStatusCode.NotFound);

        var events = new List<string>();
        for (var i = 0; i < 2; i++) events.Add((await watch.NextAsync())!["type"]!.GetValue<string>());
        Assert.Equal(["MODIFIED", "DELETED"], events);
    }

    [Fact]
    public async Task DeleteOwner_Background_DeletesDependents()
    {
        var ns = await _api.NewNamespaceAsync();
        var owner = await _api.PostAsync($"/api/v1/namespaces/{ns}/configmaps", """{"metadata":{"name":"owner"}}""");
        var job = await _api.PostAsync($"/apis/batch/v1/namespaces/{ns}/jobs",
            $$$"""{"metadata":{"name":"dep","ownerReferences":[{{{Owner(owner, "ConfigMap", "v1")}}}]},"spec":{}}""");
        await _api.PostAsync($"/api/v1/namespaces/{ns}/pods",
            $$$"""{"metadata":{"name":"grandchild","ownerReferences":[{{{Owner(job, "Job", "batch/v1")}}}]},"spec":{}}""");
        await _api.DeleteAsync($"/api/v1/namespaces/{ns}/configmaps/owner");
        await _api.GetAsync($"/apis/batch/v1/namespaces/{ns}/jobs/dep", HttpStatusCode.NotFound);
        await _api.GetAsync($"/api/v1/namespaces/{ns}/pods/grandchild", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task DeleteJob_WithoutPropagationPolicy_OrphansPodsWithWarning()
    {
        var ns = await _api.NewNamespaceAsync();
        var job = await _api.PostAsync($"/apis/batch/v1/namespaces/{ns}/jobs", """{"metadata":{"name":"j"},"spec":{}}""");
        await _api.PostAsync($"/api/v1/namespaces/{ns}/pods",
            $$$"""{"metadata":{"name":"p","ownerReferences":[{{{Owner(job, "Job", "batch/v1")}}}]},"spec":{}}""");
        var (code, _, response) = await _api.SendAsync(HttpMethod.Delete, $"/apis/batch/v1/namespaces/{ns}/jobs/j");
        Assert.Equal(HttpStatusCode.OK, code);
        Assert.Contains(response.Headers.GetValues("Warning"), w => w.Contains("child pods are preserved by default"));
        var pod = await _api.GetAsync($"/api/v1/namespaces/{ns}/pods/p");
        Assert.Null(pod["metadata"]!["ownerReferences"]);
    }

    [Fact]
    public async Task DeleteJob_Background_DeletesPods()
    {
        var ns = await _api.NewNamespaceAsync();
        var job = await _api.PostAsync($"/apis/batch/v1/namespaces/{ns}/jobs", """{"metadata":{"name":"j"},"spec":{}}""");
        await _api.PostAsync($"/api/v1/namespaces/{ns}/pods",
            $$$"""{"metadata":{"name":"p","ownerReferences":[{{{Owner(job, "Job", "batch/v1")}}}]},"spec":{}}""");
        await _api.DeleteAsync($"/apis/batch/v1/namespaces/{ns}/jobs/j", """{"kind":"DeleteOptions","apiVersion":"v1","propagationPolicy":"Background"}""");
        await _api.GetAsync($"/api/v1/namespaces/{ns}/pods/p", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task DeleteOwner_Foreground_WaitsForBlockingDependents()
    {
        var ns = await _api.NewNamespaceAsync();
        var owner = await _api.PostAsync($"/api/v1/namespaces/{ns}/configmaps", """{"metadata":{"name":"fg"}}""");
        await _api.PostAsync($"/api/v1/namespaces/{ns}/configmaps",
            $$$"""{"metadata":{"name":"held","finalizers":["example.org/hold"],"ownerReferences":[{{{Owner(owner, "ConfigMap", "v1", block: true)}}}]}}""");
        var marked = await _api.DeleteAsync($"/api/v1/namespaces/{ns}/configmaps/fg?propagationPolicy=Foreground");
        Assert.Contains("foregroundDeletion", marked["metadata"]!["finalizers"]!.AsArray().Select(f => f!.GetValue<string>()));
        var held = await _api.GetAsync($"/api/v1/namespaces/{ns}/configmaps/held");
        Assert.NotNull(held["metadata"]!["deletionTimestamp"]);
        await _api.GetAsync($"/api/v1/namespaces/{ns}/configmaps/fg");
        await _api.PatchAsync($"/api/v1/namespaces/{ns}/configmaps/held", """{"metadata":{"finalizers":null}}""", "application/merge-patch+json");
        await _api.GetAsync($"/api/v1/namespaces/{ns}/configmaps/held", HttpStatusCode.NotFound);
        await _api.GetAsync($"/api/v1/namespaces/{ns}/configmaps/fg", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Delete_PreconditionMismatch_Returns409()
    {
        var ns = await _api.NewNamespaceAsync();
        var created = await _api.PostAsync($"/api/v1/namespaces/{ns}/configmaps", """{"metadata":{"name":"pc"}}""");
        var wrongUid = await _api.DeleteAsync($"/api/v1/namespaces/{ns}/configmaps/pc",
            """{"kind":"DeleteOptions","apiVersion":"v1","preconditions":{"uid":"not-the-uid"}}""", HttpStatusCode.Conflict);
        Assert.Equal("Conflict", wrongUid["reason"]!.GetValue<string>());
        Assert.Contains("Precondition failed: UID in precondition: not-the-uid", wrongUid["message"]!.GetValue<string>());
        await _api.DeleteAsync($"/api/v1/namespaces/{ns}/configmaps/pc",
            """{"preconditions":{"resourceVersion":"1"}}""", HttpStatusCode.Conflict);
        await _api.DeleteAsync($"/api/v1/namespaces/{ns}/configmaps/pc",
            $$$"""{"preconditions":{"uid":"{{{Uid(created)}}}","resourceVersion":"{{{Api.Rv(created)}}}"}}""");
    }

    [Fact]
    public async Task DeletePod_ReturnsTheDeletedObject()
    {
        var ns = await _api.NewNamespaceAsync();
        await _api.PostAsync($"/api/v1/namespaces/{ns}/pods", """{"metadata":{"name":"p"},"spec":{}}""");
        var deleted = await _api.DeleteAsync($"/api/v1/namespaces/{ns}/pods/p");
        Assert.Equal("Pod", deleted["kind"]!.GetValue<string>());
    }

    [Fact]
    public async Task DeleteCollection_WithLabelSelector_DeletesOnlyMatches()
    {
        var ns = await _api.NewNamespaceAsync();
        await _api.PostAsync($"/api/v1/namespaces/{ns}/configmaps", """{"metadata":{"name":"a","labels":{"x":"1"}}}""");
        await _api.PostAsync($"/api/v1/namespaces/{ns}/configmaps", """{"metadata":{"name":"b"}}""");
        await _api.DeleteAsync($"/api/v1/namespaces/{ns}/configmaps?labelSelector=x");
        var left = await _api.GetAsync($"/api/v1/namespaces/{ns}/configmaps");
        Assert.Equal("b", Assert.Single(left["items"]!.AsArray())!["metadata"]!["name"]!.GetValue<string>());
    }
}
