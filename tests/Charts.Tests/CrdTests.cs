using Charts.Tests.Support;

namespace Charts.Tests;

public sealed class CrdTests
{
    [Fact]
    public void Crds_InTheChart_AreByteIdenticalToConfigCrds()
    {
        // config/crds is generated from the entity types (Kube.Operator.CrdGenerator); the chart ships a copy.
        // After regenerating: cp config/crds/*.yaml charts/whatsapp-campaigns/crds/
        var generated = Directory.GetFiles(RepoPaths.Of("config/crds"), "*.yaml").ToDictionary(f => Path.GetFileName(f), File.ReadAllBytes);
        var shipped = Directory.GetFiles(Path.Combine(RepoPaths.Chart, "crds")).ToDictionary(f => Path.GetFileName(f), File.ReadAllBytes);

        Assert.Equal(2, generated.Count);
        Assert.Equal(generated.Keys.Order(StringComparer.Ordinal), shipped.Keys.Order(StringComparer.Ordinal));
        foreach (var (name, bytes) in generated)
            Assert.True(bytes.AsSpan().SequenceEqual(shipped[name]), $"charts/whatsapp-campaigns/crds/{name} differs from config/crds/{name}: copy it again");
    }

    [Fact]
    public async Task IncludeCrds_RendersBothDefinitionsBeforeTheTemplates()
    {
        var result = await Helm.TemplateAsync([], "--include-crds");

        Assert.True(result.ExitCode == 0, result.ToString());
        var objects = YamlDocuments.LoadAll(result.StandardOutput);
        Assert.Equal(["whatsappcampaigns.whatsapp.campaigns.dev", "whatsappsessions.whatsapp.campaigns.dev"],
            objects.Take(2).Select(Rendered.Name).Order(StringComparer.Ordinal));
        Assert.All(objects.Take(2), o => Assert.Equal("CustomResourceDefinition", Rendered.Kind(o)));
    }
}
