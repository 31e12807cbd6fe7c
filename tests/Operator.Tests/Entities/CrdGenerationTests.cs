using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using k8s;
using k8s.Autorest;
using Kube.Operator.Client;
using k8s.Models;
using Kube.Operator.Crds;
using Kube.TestApiServer;
using WhatsAppCampaigns.Operator.Entities;
using EmbeddedServer = Kube.TestApiServer.TestApiServer;
using KubeClient = Kube.Operator.Client.KubernetesClient;

namespace WhatsAppCampaigns.Operator.Tests.Entities;

public sealed class CrdGenerationTests
{
    private static readonly string CrdDirectory = Path.Combine(RepoRoot(), "config", "crds");

    private const string Regenerate = "dotnet build src/Operator -c Release && dotnet run --project src/Kube.Operator.CrdGenerator -- config/crds"
        + " --assembly artifacts/bin/Operator/release/Operator.dll (then copy config/crds/*.yaml to charts/whatsapp-campaigns/crds/)";

    [Fact]
    public void CommittedCrds_ComparedWithGenerator_AreIdentical()
    {
        var generated = CrdGenerator.GenerateYaml(typeof(WhatsAppApi).Assembly);
        Assert.Equal(["whatsappcampaigns.whatsapp.campaigns.dev.yaml", "whatsappsessions.whatsapp.campaigns.dev.yaml"],
            generated.Keys.Order(StringComparer.Ordinal));
        foreach (var (name, yaml) in generated)
        {
            var path = Path.Combine(CrdDirectory, name);
            Assert.True(File.Exists(path), $"{path} is missing; run: {Regenerate}");
            Assert.True(yaml == File.ReadAllText(path),
                $"{path} differs from what the entity types generate; run: {Regenerate}");
        }
    }

    [Fact]
    public void GeneratedSchemas_EveryNode_IsStructural()
    {
        foreach (var type in CrdGenerator.EntityTypes(typeof(WhatsAppApi).Assembly))
        {
            var schema = CrdGenerator.Generate(type)["spec"]!["versions"]![0]!["schema"]!["openAPIV3Schema"]!.AsObject();
            AssertStructural(schema, type.Name);
        }
    }

    [Fact]
    public async Task GeneratedCrds_LoadedIntoApiServer_AcceptValidAndRejectWrongTypes()
    {
        await using var server = await EmbeddedServer.StartAsync(new TestApiServerOptions());
        var dir = Directory.CreateTempSubdirectory("crd-test-").FullName;
        var config = KubernetesClientConfiguration.BuildConfigFromConfigFile(server.WriteKubeconfig(Path.Combine(dir, "kubeconfig")));
        using var client = new KubeClient(config);
        // Every generated CRD (identical to config/crds, see the test above), sent as JSON through the API:
        // the server's CrdDirectory loader fails on numeric bounds read from YAML (reported to its owners).
        await client.InstallCrdsAsync(CrdGenerator.EntityTypes(typeof(WhatsAppApi).Assembly));
        await client.CreateAsync(new V1Namespace { Metadata = new V1ObjectMeta { Name = "crds" } });

        var session = await client.CreateAsync(ValidSession());
        Assert.NotNull(session.Metadata.Uid);
        var campaign = await client.CreateAsync(ValidCampaign());
        Assert.Equal("Forbid", campaign.Spec.Schedule!.ConcurrencyPolicy!.Value.ToString()); // schema default
        Assert.Equal(V1WhatsAppCampaign.DeliveryGuarantee.AtMostOnce, campaign.Spec.Delivery!.Guarantee);

        var badPhone = ValidSession("bad-phone");
        badPhone.Spec.PhoneNumberId = "+49 170 123";
        var pattern = await Assert.ThrowsAsync<HttpOperationException>(() => client.CreateAsync(badPhone));
        Assert.True(pattern.IsInvalid(), pattern.Message);
        Assert.Contains("spec.phoneNumberId", pattern.Response.Content, StringComparison.Ordinal);

        using var http = new HttpClient { BaseAddress = server.BaseAddress };
        var wrongType = JsonNode.Parse(KubernetesJson.Serialize(ValidCampaign("wrong-type")))!;
        wrongType["spec"]!["delivery"]!["retry"] = new JsonObject { ["maxAttempts"] = "three" };
        wrongType["spec"]!["suspend"] = "yes";
        using var body = new StringContent(wrongType.ToJsonString(), Encoding.UTF8, "application/json");
        using var response = await http.PostAsync("/apis/whatsapp.campaigns.dev/v1alpha1/namespaces/crds/whatsappcampaigns", body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("spec.delivery.retry.maxAttempts", text);
        Assert.Contains("spec.suspend", text);

        var badEnum = ValidCampaign("bad-enum");
        var node = JsonNode.Parse(KubernetesJson.Serialize(badEnum))!;
        node["spec"]!["schedule"]!["concurrencyPolicy"] = "Sometimes";
        using var enumBody = new StringContent(node.ToJsonString(), Encoding.UTF8, "application/json");
        using var enumResponse = await http.PostAsync("/apis/whatsapp.campaigns.dev/v1alpha1/namespaces/crds/whatsappcampaigns", enumBody);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, enumResponse.StatusCode);
        Directory.Delete(dir, recursive: true);
    }

    private static V1WhatsAppSession ValidSession(string name = "main") => new()
    {
        Metadata = new V1ObjectMeta { Name = name, NamespaceProperty = "crds" },
        Spec = new V1WhatsAppSession.SessionSpec
        {
            PhoneNumberId = "1234567890",
            ApiBaseUrl = "http://127.0.0.1:9000",
            TokenSecretRef = new KeySelector { Name = "wa-token", Key = "token" },
            Rate = new RateSpec { MessagesPerSecond = 20, Burst = 40 },
        },
    };

    private static V1WhatsAppCampaign ValidCampaign(string name = "spring-sale") => new()
    {
        Metadata = new V1ObjectMeta { Name = name, NamespaceProperty = "crds" },
        Spec = new V1WhatsAppCampaign.CampaignSpec
        {
            SessionRef = new V1WhatsAppCampaign.SessionReference { Name = "main" },
            Recipients = new V1WhatsAppCampaign.RecipientsSpec
            {
                ConfigMapKeyRef = new KeySelector { Name = "recipients", Key = "list.csv" },
                DefaultRegion = "DE",
                Columns = new V1WhatsAppCampaign.ColumnsSpec { Phone = "mobile" },
            },
            Message = new V1WhatsAppCampaign.MessageSpec
            {
                Template = new V1WhatsAppCampaign.TemplateSpec { Name = "spring_sale", Language = "de", Parameters = ["{{name}}"] },
                VariableDefaults = new Dictionary<string, string> { ["name"] = "Kunde" },
            },
            Schedule = new V1WhatsAppCampaign.ScheduleSpec
            {
                Cron = "0 9 * * 1-5",
                TimeZone = "Europe/Berlin",
                Window = new V1WhatsAppCampaign.SendWindow { Days = [V1WhatsAppCampaign.WeekDay.Mon], Start = "09:00", End = "17:00" },
            },
            Delivery = new V1WhatsAppCampaign.DeliverySpec
            {
                Rate = new RateSpec { MessagesPerSecond = 5 },
                Retry = new V1WhatsAppCampaign.RetrySpec { InitialBackoff = "1s", MaxBackoff = "5m", MaxAttempts = 3 },
            },
        },
    };

    private static void AssertStructural(JsonObject schema, string path)
    {
        var preserves = schema["x-kubernetes-preserve-unknown-fields"]?.GetValue<bool>() == true;
        Assert.True(preserves || schema["type"] is not null, $"{path} has no type");
        if (schema["properties"] is JsonObject properties)
            foreach (var (name, child) in properties) AssertStructural(child!.AsObject(), $"{path}.{name}");
        if (schema["items"] is JsonObject items) AssertStructural(items, $"{path}[]");
        if (schema["additionalProperties"] is JsonObject additional) AssertStructural(additional, $"{path}{{}}");
    }

    private static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Operator.sln"))) return dir.FullName;
        throw new InvalidOperationException("Operator.sln not found above " + AppContext.BaseDirectory);
    }
}
