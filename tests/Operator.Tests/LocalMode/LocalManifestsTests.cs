using k8s.Models;
using WhatsAppCampaigns.Operator.Entities;
using WhatsAppCampaigns.Operator.LocalMode;
using static WhatsAppCampaigns.Operator.Tests.EndToEnd.LocalClusterScenario;

namespace WhatsAppCampaigns.Operator.Tests.LocalMode;

public sealed class LocalManifestsTests
{
    [Fact]
    public void LoadFolder_Examples_AreTypedModelsInFileOrder()
    {
        var manifests = LocalManifests.LoadFolder(Path.Combine(RepoRoot(), "examples"));

        Assert.Equal(["Namespace", "Secret", "WhatsAppSession", "ConfigMap", "WhatsAppCampaign"], manifests.Select(m => m.Kind));
        Assert.Equal("mock-access-token", Assert.Single(manifests.OfType<V1Secret>()).StringData["token"]);
        var session = Assert.Single(manifests.OfType<V1WhatsAppSession>());
        Assert.Equal(("106540352242922", 80.0, 80), (session.Spec.PhoneNumberId, session.Spec.Rate!.MessagesPerSecond, session.Spec.Rate.Burst));
        Assert.Equal(1001, Assert.Single(manifests.OfType<V1ConfigMap>()).Data["recipients.csv"].TrimEnd('\n').Split('\n').Length);
        var campaign = Assert.Single(manifests.OfType<V1WhatsAppCampaign>());
        Assert.Equal(("spring-sale", "demo"), (campaign.Metadata.Name, campaign.Metadata.NamespaceProperty));
        Assert.Equal("{{first_name}}", Assert.Single(campaign.Spec.Message.Template!.Parameters!));
        Assert.Equal("there", campaign.Spec.Message.VariableDefaults!["first_name"]);
        Assert.Equal(V1WhatsAppCampaign.DeliveryGuarantee.AtMostOnce, campaign.Spec.Delivery!.Guarantee);
    }

    [Fact]
    public void Load_FieldNoModelHas_IsAnErrorNotDropped()
    {
        const string yaml = """
            apiVersion: whatsapp.campaigns.dev/v1alpha1
            kind: WhatsAppCampaign
            metadata:
              name: typo
            spec:
              sesionRef:
                name: main
            """;

        var error = Assert.ThrowsAny<YamlDotNet.Core.YamlException>(() => LocalManifests.Load(yaml).ToList());
        Assert.Contains("sesionRef", error.Message, StringComparison.Ordinal);
    }
}
