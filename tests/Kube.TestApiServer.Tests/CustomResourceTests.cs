using System.Net;
using System.Text.Json.Nodes;
using Kube.TestApiServer.Tests.Support;

namespace Kube.TestApiServer.Tests;

public sealed class CustomResourceTests : IAsyncLifetime, IDisposable
{
    private TestApiServer _server = null!;
    private Api _api = null!;
    private string _ns = "";

    private string Widgets => $"/apis/{Crds.Group}/v1alpha1/namespaces/{_ns}/widgets";

    public async Task InitializeAsync()
    {
        _server = await TestApiServer.StartAsync();
        _api = new Api(_server.BaseAddress);
        await _api.PostAsync("/apis/apiextensions.k8s.io/v1/customresourcedefinitions", Crds.Widgets());
        _ns = await _api.NewNamespaceAsync();
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    public void Dispose() => _api.Dispose();

    private static string Reason(JsonObject status) => status["reason"]!.GetValue<string>();

    private static List<string> CauseFields(JsonObject status) =>
        status["details"]!["causes"]!.AsArray().Select(c => c!["field"]!.GetValue<string>()).ToList();

    [Fact]
    public async Task CreateCrd_IsEstablishedAndServed()
    {
        var crd = await _api.GetAsync($"/apis/apiextensions.k8s.io/v1/customresourcedefinitions/widgets.{Crds.Group}");
        var conditions = crd["status"]!["conditions"]!.AsArray();
        Assert.Contains(conditions, c => c!["type"]!.GetValue<string>() == "Established" && c["status"]!.GetValue<string>() == "True");
        var created = await _api.PostAsync(Widgets, Crds.Widget("w1"));
        Assert.Equal(1, created["metadata"]!["generation"]!.GetValue<long>());
        Assert.Equal("Widget", created["kind"]!.GetValue<string>());
    }

    [Fact]
    public async Task Create_WrongTypesAndMissingRequired_Returns422WithCausePaths()
    {
        var status = await _api.PostAsync(Widgets, Crds.Widget("bad", """{"color":"blue","code":"abcd","tags":[],"port":true}"""),
            HttpStatusCode.UnprocessableEntity);
        Assert.Equal("Invalid", Reason(status));
        Assert.Equal(422, status["code"]!.GetValue<int>());
        var fields = CauseFields(status);
        Assert.Contains("spec.size", fields);
        Assert.Contains("spec.color", fields);
        Assert.Contains("spec.code", fields);
        Assert.Contains("spec.tags", fields);
        Assert.Contains("spec.port", fields);
        Assert.StartsWith($"Widget.{Crds.Group} \"bad\" is invalid: [", status["message"]!.GetValue<string>());
        Assert.Equal("Widget", status["details"]!["kind"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("""{"size":"three"}""", "spec.size", "FieldValueTypeInvalid")]
    [InlineData("""{"size":0}""", "spec.size", "FieldValueInvalid")]
    [InlineData("""{"size":11}""", "spec.size", "FieldValueInvalid")]
    [InlineData("""{"size":1,"color":"blue"}""", "spec.color", "FieldValueNotSupported")]
    [InlineData("""{"size":1,"code":"ab1"}""", "spec.code", "FieldValueInvalid")]
    [InlineData("""{"size":1,"code":"ABCD"}""", "spec.code", "FieldValueTooLong")]
    [InlineData("""{"size":1,"tags":["a","b","c"]}""", "spec.tags", "FieldValueTooMany")]
    [InlineData("""{"size":1,"tags":[1]}""", "spec.tags[0]", "FieldValueTypeInvalid")]
    [InlineData("""{}""", "spec.size", "FieldValueRequired")]
    public async Task Create_SchemaViolation_NamesFieldAndReason(string spec, string field, string reason)
    {
        var status = await _api.PostAsync(Widgets, Crds.Widget("v", spec), HttpStatusCode.UnprocessableEntity);
        Assert.Contains(status["details"]!["causes"]!.AsArray(),
            c => c!["field"]!.GetValue<string>() == field && c["reason"]!.GetValue<string>() == reason);
    }

    [Fact]
    public async Task Create_IntOrStringNullableAndDefaults_AreAccepted()
    {
        var created = await _api.PostAsync(Widgets, Crds.Widget("ok", """{"size":2,"port":"http","note":null}"""));
        Assert.Equal("http", created["spec"]!["port"]!.GetValue<string>());
        Assert.Equal("auto", created["spec"]!["mode"]!.GetValue<string>());
        var numeric = await _api.PostAsync(Widgets, Crds.Widget("ok2", """{"size":2,"port":8080}"""));
        Assert.Equal(8080, numeric["spec"]!["port"]!.GetValue<int>());
    }

    [Fact]
    public async Task Create_UnknownFields_ArePrunedWithWarning_ExceptUnderPreserveUnknown()
    {
        var (code, body, response) = await _api.SendAsync(HttpMethod.Post, Widgets,
            Crds.Widget("p", """{"size":1,"bogus":1,"extra":{"anything":{"goes":true}}}"""));
        Assert.Equal(HttpStatusCode.Created, code);
        Assert.Null(body["spec"]!["bogus"]);
        Assert.True(body["spec"]!["extra"]!["anything"]!["goes"]!.GetValue<bool>());
        Assert.Contains(response.Headers.GetValues("Warning"), w => w.Contains("unknown field \\\"spec.bogus\\\""));
        var stored = await _api.GetAsync($"{Widgets}/p");
        Assert.Null(stored["spec"]!["bogus"]);
    }

    [Fact]
    public async Task Create_UnknownFieldWithStrictValidation_Returns400()
    {
        var (code, body, _) = await _api.SendAsync(HttpMethod.Post, $"{Widgets}?fieldValidation=Strict",
            Crds.Widget("s", """{"size":1,"bogus":1}"""));
        Assert.Equal(HttpStatusCode.BadRequest, code);
        Assert.Equal("strict decoding error: unknown field \"spec.bogus\"", body["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task Create_DropsStatus_WhenStatusSubresource()
    {
        var created = await _api.PostAsync(Widgets,
            $$$"""{"apiVersion":"{{{Crds.Group}}}/v1alpha1","kind":"Widget","metadata":{"name":"st"},"spec":{"size":1},"status":{"phase":"Done"}}""");
        Assert.Null(created["status"]);
    }

    [Fact]
    public async Task Put_WithoutResourceVersion_Returns422ForCustomResource()
    {
        await _api.PostAsync(Widgets, Crds.Widget("u"));
        var status = await _api.PutAsync($"{Widgets}/u", Crds.Widget("u", """{"size":2}"""), HttpStatusCode.UnprocessableEntity);
        Assert.Equal("Invalid", Reason(status));
        Assert.Contains("metadata.resourceVersion: Invalid value: 0x0: must be specified for an update", status["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task Put_MissingCustomResource_Returns404()
    {
        var status = await _api.PutAsync($"{Widgets}/ghost",
            $$$"""{"apiVersion":"{{{Crds.Group}}}/v1alpha1","kind":"Widget","metadata":{"name":"ghost","resourceVersion":"5"},"spec":{"size":1}}""",
            HttpStatusCode.NotFound);
        Assert.Equal($"widgets.{Crds.Group} \"ghost\" not found", status["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task MainWrite_IgnoresStatus_StatusWrite_IgnoresSpecAndMetadata()
    {
        var created = await _api.PostAsync(Widgets, Crds.Widget("iso"));
        var withStatus = created.DeepClone().AsObject();
        withStatus["status"] = new JsonObject { ["phase"] = "Running" };
        withStatus["spec"]!["size"] = 5;
        withStatus["metadata"]!["labels"] = new JsonObject { ["a"] = "b" };
        var statusWrite = await _api.PutAsync($"{Widgets}/iso/status", withStatus.ToJsonString());
        Assert.Equal("Running", statusWrite["status"]!["phase"]!.GetValue<string>());
        Assert.Equal(1, statusWrite["spec"]!["size"]!.GetValue<int>());
        Assert.Null(statusWrite["metadata"]!["labels"]);
        Assert.Equal(1, statusWrite["metadata"]!["generation"]!.GetValue<long>());

        var mainWrite = statusWrite.DeepClone().AsObject();
        mainWrite["status"] = new JsonObject { ["phase"] = "Hacked" };
        mainWrite["spec"]!["size"] = 3;
        var updated = await _api.PutAsync($"{Widgets}/iso", mainWrite.ToJsonString());
        Assert.Equal("Running", updated["status"]!["phase"]!.GetValue<string>());
        Assert.Equal(3, updated["spec"]!["size"]!.GetValue<int>());
        Assert.Equal(2, updated["metadata"]!["generation"]!.GetValue<long>());
    }

    [Fact]
    public async Task Generation_MetadataOnlyChange_DoesNotBump()
    {
        await _api.PostAsync(Widgets, Crds.Widget("g"));
        var labelled = await _api.PatchAsync($"{Widgets}/g", """{"metadata":{"labels":{"x":"y"}}}""", "application/merge-patch+json");
        Assert.Equal(1, labelled["metadata"]!["generation"]!.GetValue<long>());
        var specChanged = await _api.PatchAsync($"{Widgets}/g", """{"spec":{"size":4}}""", "application/merge-patch+json");
        Assert.Equal(2, specChanged["metadata"]!["generation"]!.GetValue<long>());
        var statusPatched = await _api.PatchAsync($"{Widgets}/g/status", """{"status":{"observedGeneration":2}}""", "application/merge-patch+json");
        Assert.Equal(2, statusPatched["metadata"]!["generation"]!.GetValue<long>());
        Assert.NotEqual(Api.Rv(specChanged), Api.Rv(statusPatched));
    }

    [Fact]
    public async Task Generation_WithoutStatusSubresource_StatusChangeBumps()
    {
        var crd = Crds.Widgets(statusSubresource: false).Replace("widgets", "gadgets").Replace("\"widget\"", "\"gadget\"").Replace("\"Widget\"", "\"Gadget\"").Replace("[\"wd\"]", "[\"gd\"]");
        await _api.PostAsync("/apis/apiextensions.k8s.io/v1/customresourcedefinitions", crd);
        var path = $"/apis/{Crds.Group}/v1alpha1/namespaces/{_ns}/gadgets";
        var created = await _api.PostAsync(path,
            $$$"""{"apiVersion":"{{{Crds.Group}}}/v1alpha1","kind":"Gadget","metadata":{"name":"g"},"spec":{"size":1},"status":{"phase":"A"}}""");
        Assert.Equal("A", created["status"]!["phase"]!.GetValue<string>());
        var patched = await _api.PatchAsync($"{path}/g", """{"status":{"phase":"B"}}""", "application/merge-patch+json");
        Assert.Equal(2, patched["metadata"]!["generation"]!.GetValue<long>());
        var (code, _, _) = await _api.SendAsync(HttpMethod.Get, $"{path}/g/status");
        Assert.Equal(HttpStatusCode.NotFound, code);
    }

    [Fact]
    public async Task StrategicMergePatch_OnCustomResource_Returns415()
    {
        await _api.PostAsync(Widgets, Crds.Widget("smp"));
        var status = await _api.PatchAsync($"{Widgets}/smp", """{"spec":{"size":2}}""", "application/strategic-merge-patch+json",
            HttpStatusCode.UnsupportedMediaType);
        Assert.Equal("UnsupportedMediaType", Reason(status));
        Assert.StartsWith("the body of the request was in an unknown format - accepted media types include: application/json-patch+json, application/merge-patch+json, application/apply-patch+yaml",
            status["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task List_CustomResources_ItemsCarryKind()
    {
        await _api.PostAsync(Widgets, Crds.Widget("l1"));
        var list = await _api.GetAsync(Widgets);
        Assert.Equal("WidgetList", list["kind"]!.GetValue<string>());
        Assert.Equal("Widget", list["items"]![0]!["kind"]!.GetValue<string>());
    }

    [Fact]
    public async Task Discovery_ListsBuiltInsAndCustomResources()
    {
        var api = await _api.GetAsync("/api");
        Assert.Equal("APIVersions", api["kind"]!.GetValue<string>());
        var core = await _api.GetAsync("/api/v1");
        Assert.Contains(core["resources"]!.AsArray(), r => r!["name"]!.GetValue<string>() == "configmaps");
        Assert.Contains(core["resources"]!.AsArray(), r => r!["name"]!.GetValue<string>() == "pods/status");
        var groups = await _api.GetAsync("/apis");
        var names = groups["groups"]!.AsArray().Select(g => g!["name"]!.GetValue<string>()).ToList();
        Assert.Contains("batch", names);
        Assert.Contains("coordination.k8s.io", names);
        Assert.Contains(Crds.Group, names);
        var gv = await _api.GetAsync($"/apis/{Crds.Group}/v1alpha1");
        Assert.Equal($"{Crds.Group}/v1alpha1", gv["groupVersion"]!.GetValue<string>());
        Assert.Contains(gv["resources"]!.AsArray(), r => r!["name"]!.GetValue<string>() == "widgets/status");
        var version = await _api.GetAsync("/version");
        Assert.Equal("1", version["major"]!.GetValue<string>());
    }

    [Fact]
    public async Task DeleteCrd_StopsServingAndRemovesObjects()
    {
        await _api.PostAsync(Widgets, Crds.Widget("d"));
        await _api.DeleteAsync($"/apis/apiextensions.k8s.io/v1/customresourcedefinitions/widgets.{Crds.Group}");
        var status = await _api.GetAsync($"{Widgets}/d", HttpStatusCode.NotFound);
        Assert.Equal("the server could not find the requested resource", status["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task CrdDirectory_InstallsCrdsAtStart()
    {
        var dir = Directory.CreateTempSubdirectory("crds");
        try
        {
            await File.WriteAllTextAsync(Path.Combine(dir.FullName, "widgets.json"), Crds.Widgets());
            await using var server = await TestApiServer.StartAsync(new TestApiServerOptions { CrdDirectory = dir.FullName });
            using var api = new Api(server.BaseAddress);
            await api.PostAsync($"/apis/{Crds.Group}/v1alpha1/namespaces/default/widgets", Crds.Widget("x"));
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task ClusterScopedCustomResource_ServedWithoutNamespace()
    {
        var crd = Crds.Widgets(scope: "Cluster").Replace("widgets", "clusterwidgets").Replace("\"widget\"", "\"clusterwidget\"").Replace("\"Widget\"", "\"ClusterWidget\"").Replace("[\"wd\"]", "[\"cwd\"]");
        await _api.PostAsync("/apis/apiextensions.k8s.io/v1/customresourcedefinitions", crd);
        var created = await _api.PostAsync($"/apis/{Crds.Group}/v1alpha1/clusterwidgets",
            $$$"""{"apiVersion":"{{{Crds.Group}}}/v1alpha1","kind":"ClusterWidget","metadata":{"name":"cw"},"spec":{"size":1}}""");
        Assert.Null(created["metadata"]!["namespace"]);
        await _api.GetAsync($"/apis/{Crds.Group}/v1alpha1/clusterwidgets/cw");
    }

    [Fact]
    public async Task CrdDirectoryYaml_SchemaLimitsApply_AndYamlApplyBodyValidates()
    {
        var dir = Directory.CreateTempSubdirectory("crds-yaml");
        try
        {
            await File.WriteAllTextAsync(Path.Combine(dir.FullName, "things.yaml"), $$"""
                apiVersion: apiextensions.k8s.io/v1
                kind: CustomResourceDefinition
                metadata:
                  name: things.{{Crds.Group}}
                spec:
                  group: {{Crds.Group}}
                  scope: Namespaced
                  names: {plural: things, singular: thing, kind: Thing}
                  versions:
                  - name: v1
                    served: true
                    storage: true
                    subresources:
                      status: {}
                    schema:
                      openAPIV3Schema:
                        type: object
                        properties:
                          spec:
                            type: object
                            properties:
                              count: {type: integer, minimum: 1, maximum: 5}
                              name: {type: string, maxLength: 4}
                ---
                # a second document that is not a CRD is ignored
                apiVersion: v1
                kind: ConfigMap
                metadata: {name: ignored}
                """);
            await using var server = await TestApiServer.StartAsync(new TestApiServerOptions { CrdDirectory = dir.FullName });
            using var api = new Api(server.BaseAddress);
            var path = $"/apis/{Crds.Group}/v1/namespaces/default/things";
            var created = await api.PatchAsync($"{path}/t?fieldManager=me",
                $"apiVersion: {Crds.Group}/v1\nkind: Thing\nmetadata:\n  name: t\nspec:\n  count: 3\n  name: abc\n", "application/apply-patch+yaml",
                HttpStatusCode.Created);
            Assert.Equal(3, created["spec"]!["count"]!.GetValue<int>());
            var status = await api.PatchAsync($"{path}/t?fieldManager=me",
                $"apiVersion: {Crds.Group}/v1\nkind: Thing\nmetadata:\n  name: t\nspec:\n  count: 9\n  name: toolong\n", "application/apply-patch+yaml",
                HttpStatusCode.UnprocessableEntity);
            Assert.Equal(["spec.count", "spec.name"], CauseFields(status).Order());
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task DryRun_ValidatesButPersistsNothing()
    {
        var created = await _api.PostAsync($"{Widgets}?dryRun=All", Crds.Widget("dry"));
        Assert.Equal("dry", created["metadata"]!["name"]!.GetValue<string>());
        await _api.GetAsync($"{Widgets}/dry", HttpStatusCode.NotFound);
        await _api.PostAsync($"{Widgets}?dryRun=All", Crds.Widget("dry", """{"size":0}"""), HttpStatusCode.UnprocessableEntity);
    }
}
