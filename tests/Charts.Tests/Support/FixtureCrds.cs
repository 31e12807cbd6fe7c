using System.Net;
using System.Text;

namespace Charts.Tests.Support;

/// <summary>
/// The stand-in CRDs in tests/Charts.Tests/fixtures/crds (Ingress, ServiceMonitor; see the README there):
/// kinds the chart renders that the embedded API server does not serve by itself.
/// </summary>
internal static class FixtureCrds
{
    /// <summary>The kinds the fixtures add.</summary>
    public static readonly IReadOnlyList<string> Kinds = ["Ingress", "ServiceMonitor"];

    /// <summary>Creates every fixture CRD through the API (as <c>kubectl apply</c> would).</summary>
    public static async Task InstallAsync(HttpClient http)
    {
        var files = Directory.GetFiles(Path.Combine(RepoPaths.Root, "tests", "Charts.Tests", "fixtures", "crds"), "*.yaml");
        Assert.Equal(Kinds.Count, files.Length);
        foreach (var file in files.Order(StringComparer.Ordinal))
        {
            var crd = Assert.Single(YamlDocuments.LoadAll(await File.ReadAllTextAsync(file)));
            using var content = new StringContent(crd.ToJsonString(), Encoding.UTF8, "application/json");
            using var response = await http.PostAsync(new Uri("/apis/apiextensions.k8s.io/v1/customresourcedefinitions", UriKind.Relative), content);
            Assert.True(response.StatusCode == HttpStatusCode.Created, $"{file}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }
    }
}
