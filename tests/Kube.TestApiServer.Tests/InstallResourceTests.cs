using System.Net;
using Kube.TestApiServer.Tests.Support;

namespace Kube.TestApiServer.Tests;

/// <summary>The built-ins an install (Helm chart, kubectl apply) creates besides CRDs are served.</summary>
public sealed class InstallResourceTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    private readonly Api _api = fixture.Api;

    [Fact]
    public async Task Create_Deployment_SetsGenerationOneAndDropsStatus()
    {
        var ns = await _api.NewNamespaceAsync();
        var created = await _api.PostAsync($"/apis/apps/v1/namespaces/{ns}/deployments",
            """{"apiVersion":"apps/v1","kind":"Deployment","metadata":{"name":"op"},"spec":{"replicas":2},"status":{"replicas":2}}""");
        Assert.Equal(1, created["metadata"]!["generation"]!.GetValue<long>());
        Assert.Null(created["status"]);
        var read = await _api.GetAsync($"/apis/apps/v1/namespaces/{ns}/deployments/op");
        Assert.Equal(2, read["spec"]!["replicas"]!.GetValue<int>());
    }

    [Fact]
    public async Task Create_ClusterRole_IsClusterScoped()
    {
        var created = await _api.PostAsync("/apis/rbac.authorization.k8s.io/v1/clusterroles",
            """{"apiVersion":"rbac.authorization.k8s.io/v1","kind":"ClusterRole","metadata":{"name":"install-cr"},"rules":[{"apiGroups":[""],"resources":["secrets"],"verbs":["get"]}]}""");
        Assert.Null(created["metadata"]!["namespace"]);
        var read = await _api.GetAsync("/apis/rbac.authorization.k8s.io/v1/clusterroles/install-cr");
        Assert.Equal("secrets", read["rules"]![0]!["resources"]![0]!.GetValue<string>());
        var status = await _api.GetAsync("/apis/rbac.authorization.k8s.io/v1/namespaces/default/clusterroles/install-cr",
            HttpStatusCode.NotFound);
        Assert.Equal("NotFound", status["reason"]!.GetValue<string>());
    }

    [Fact]
    public async Task Create_NamespacedInstallKinds_AreListedInTheirNamespace()
    {
        var ns = await _api.NewNamespaceAsync();
        (string Path, string Body)[] objects =
        [
            ($"/api/v1/namespaces/{ns}/serviceaccounts", """{"apiVersion":"v1","kind":"ServiceAccount","metadata":{"name":"a"}}"""),
            ($"/api/v1/namespaces/{ns}/services", """{"apiVersion":"v1","kind":"Service","metadata":{"name":"a"},"spec":{"ports":[{"port":80}]}}"""),
            ($"/apis/policy/v1/namespaces/{ns}/poddisruptionbudgets", """{"apiVersion":"policy/v1","kind":"PodDisruptionBudget","metadata":{"name":"a"},"spec":{"maxUnavailable":1}}"""),
            ($"/apis/rbac.authorization.k8s.io/v1/namespaces/{ns}/roles", """{"apiVersion":"rbac.authorization.k8s.io/v1","kind":"Role","metadata":{"name":"a"},"rules":[]}"""),
            ($"/apis/rbac.authorization.k8s.io/v1/namespaces/{ns}/rolebindings", """{"apiVersion":"rbac.authorization.k8s.io/v1","kind":"RoleBinding","metadata":{"name":"a"},"roleRef":{"apiGroup":"rbac.authorization.k8s.io","kind":"Role","name":"a"}}"""),
        ];
        foreach (var (path, body) in objects)
        {
            await _api.PostAsync(path, body);
            var list = await _api.GetAsync(path);
            Assert.Equal("a", Assert.Single(list["items"]!.AsArray())!["metadata"]!["name"]!.GetValue<string>());
        }
    }

    [Fact]
    public async Task Discovery_ListsInstallGroups()
    {
        var groups = await _api.GetAsync("/apis");
        var names = groups["groups"]!.AsArray().Select(g => g!["name"]!.GetValue<string>()).ToList();
        Assert.Contains("apps", names);
        Assert.Contains("policy", names);
        Assert.Contains("rbac.authorization.k8s.io", names);
        var rbac = await _api.GetAsync("/apis/rbac.authorization.k8s.io/v1");
        var clusterRoles = Assert.Single(rbac["resources"]!.AsArray(), r => r!["name"]!.GetValue<string>() == "clusterroles");
        Assert.False(clusterRoles!["namespaced"]!.GetValue<bool>());
        var core = await _api.GetAsync("/api/v1");
        Assert.Contains(core["resources"]!.AsArray(), r => r!["name"]!.GetValue<string>() == "serviceaccounts");
    }
}
