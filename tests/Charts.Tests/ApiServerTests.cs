using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Charts.Tests.Support;
using Kube.TestApiServer;

namespace Charts.Tests;

/// <summary>
/// The rendered chart, CRDs included, is created object by object in the embedded API server
/// (src/Kube.TestApiServer), found through discovery as kubectl and helm do; then the repository's
/// examples are created against the chart's CRDs. The Ingress and ServiceMonitor kinds are served
/// through the stand-in CRDs of tests/Charts.Tests/fixtures/crds, installed first.
/// </summary>
public sealed class ApiServerTests
{
    [Theory]
    [MemberData(nameof(Renders.All), MemberType = typeof(Renders))]
    public async Task RenderedManifests_AreAcceptedByTheApiServer(string valuesName)
    {
        var result = await Helm.TemplateAsync(Renders.FilesOf(valuesName), "--include-crds");
        Assert.True(result.ExitCode == 0, result.ToString());
        var objects = YamlDocuments.LoadAll(result.StandardOutput);
        await using var server = await TestApiServer.StartAsync();
        using var http = new HttpClient { BaseAddress = server.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        await FixtureCrds.InstallAsync(http);

        foreach (var ns in objects.Select(Rendered.Namespace).OfType<string>().Distinct().Where(n => n != "default"))
            await CreateAsync(http, "/api/v1/namespaces", new JsonObject { ["apiVersion"] = "v1", ["kind"] = "Namespace", ["metadata"] = new JsonObject { ["name"] = ns } });

        var created = 0;
        foreach (var o in objects)
        {
            var path = await CollectionPathAsync(http, o);
            var stored = await CreateAsync(http, path, o);
            var read = await ReadAsync(http, $"{path}/{Rendered.Name(o)}");
            Assert.Equal(Rendered.Name(o), Rendered.Name(stored));
            foreach (var (field, value) in o.Where(kv => kv.Key is not ("metadata" or "status" or "apiVersion" or "kind")))
                Assert.True(JsonNode.DeepEquals(value, read[field]), $"{Rendered.Id(o)}: {field} came back as {read[field]?.ToJsonString()}");
            Assert.Equal(Rendered.Map(o["metadata"]!["labels"]), Rendered.Map(read["metadata"]!["labels"]));
            created++;
        }
        Assert.Equal(objects.Count, created);
        Assert.Equal(2, objects.Count(o => Rendered.Kind(o) == "CustomResourceDefinition"));

        // The chart's CRDs serve the repository's examples (Namespace, Secret, WhatsAppSession, ConfigMap, WhatsAppCampaign).
        foreach (var file in Directory.GetFiles(RepoPaths.Of("examples"), "*.yaml").Order(StringComparer.Ordinal))
        {
            foreach (var example in YamlDocuments.LoadAll(await File.ReadAllTextAsync(file)))
                await CreateAsync(http, await CollectionPathAsync(http, example), example);
        }
        var campaign = await ReadAsync(http, "/apis/whatsapp.campaigns.dev/v1alpha1/namespaces/demo/whatsappcampaigns/spring-sale");
        Assert.Equal("main", campaign["spec"]!["sessionRef"]!["name"]!.GetValue<string>());
    }

    /// <summary>The collection URL of an object's kind, from the server's discovery documents.</summary>
    private static async Task<string> CollectionPathAsync(HttpClient http, JsonObject o)
    {
        var apiVersion = o["apiVersion"]!.GetValue<string>();
        var root = apiVersion.Contains('/', StringComparison.Ordinal) ? $"/apis/{apiVersion}" : $"/api/{apiVersion}";
        var discovery = await ReadAsync(http, root);
        var resource = discovery["resources"]!.AsArray().SingleOrDefault(r =>
            r!["kind"]!.GetValue<string>() == Rendered.Kind(o) && !r["name"]!.GetValue<string>().Contains('/', StringComparison.Ordinal));
        Assert.True(resource is not null, $"the API server does not serve {apiVersion} {Rendered.Kind(o)}");
        var plural = resource!["name"]!.GetValue<string>();
        if (!resource["namespaced"]!.GetValue<bool>())
        {
            Assert.True(Rendered.Namespace(o) is null, $"{Rendered.Id(o)} is cluster-scoped but names a namespace");
            return $"{root}/{plural}";
        }
        var ns = Rendered.Namespace(o);
        Assert.True(ns is not null, $"{Rendered.Id(o)} names no namespace (helm install --namespace would not set it either)");
        return $"{root}/namespaces/{ns}/{plural}";
    }

    private static async Task<JsonObject> CreateAsync(HttpClient http, string path, JsonObject o)
    {
        using var content = new StringContent(o.ToJsonString(), Encoding.UTF8, "application/json");
        using var response = await http.PostAsync(new Uri(path, UriKind.Relative), content);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"POST {path} ({Rendered.Id(o)}): {(int)response.StatusCode} {body}");
        Assert.False(response.Headers.Contains("Warning"), $"{Rendered.Id(o)}: {string.Join(" ", response.Headers.TryGetValues("Warning", out var w) ? w : [])}");
        return JsonNode.Parse(body)!.AsObject();
    }

    private static async Task<JsonObject> ReadAsync(HttpClient http, string path)
    {
        using var response = await http.GetAsync(new Uri(path, UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {path}: {(int)response.StatusCode} {body}");
        return JsonNode.Parse(body)!.AsObject();
    }
}
