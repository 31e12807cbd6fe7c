using System.Net;
using System.Text.Json.Nodes;
using Kube.TestApiServer.Tests.Support;

namespace Kube.TestApiServer.Tests;

/// <summary>Secrets and ConfigMaps as kube-apiserver decodes and validates them.</summary>
public sealed class ConfigDataTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    private readonly Api _api = fixture.Api;

    [Fact]
    public async Task Create_SecretWithStringData_FoldsItIntoDataAsBase64AndDoesNotStoreIt()
    {
        var ns = await _api.NewNamespaceAsync();
        var created = await _api.PostAsync($"/api/v1/namespaces/{ns}/secrets",
            """{"apiVersion":"v1","kind":"Secret","metadata":{"name":"s"},"data":{"a":"b2xk","token":"b2xk"},"stringData":{"token":"Grüße 🙂"}}""");
        var read = await _api.GetAsync($"/api/v1/namespaces/{ns}/secrets/s");
        foreach (var secret in new[] { created, read })
        {
            Assert.Null(secret["stringData"]);
            Assert.Equal("b2xk", secret["data"]!["a"]!.GetValue<string>());
            Assert.Equal("Grüße 🙂", System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(secret["data"]!["token"]!.GetValue<string>())));
            Assert.Equal("Opaque", secret["type"]!.GetValue<string>());
        }
    }

    [Fact]
    public async Task Patch_SecretWithStringData_UpdatesData()
    {
        var ns = await _api.NewNamespaceAsync();
        await _api.PostAsync($"/api/v1/namespaces/{ns}/secrets", """{"metadata":{"name":"s"},"type":"kubernetes.io/basic-auth","data":{"username":"dQ=="}}""");
        var patched = await _api.PatchAsync($"/api/v1/namespaces/{ns}/secrets/s", """{"stringData":{"password":"p"}}""", "application/merge-patch+json");
        Assert.Null(patched["stringData"]);
        Assert.Equal(("dQ==", "cA=="), (patched["data"]!["username"]!.GetValue<string>(), patched["data"]!["password"]!.GetValue<string>()));
        Assert.Equal("kubernetes.io/basic-auth", patched["type"]!.GetValue<string>());
    }

    [Fact]
    public async Task Create_SecretDataNotBase64_Returns400NamingTheKey()
    {
        var ns = await _api.NewNamespaceAsync();
        var body = await _api.PostAsync($"/api/v1/namespaces/{ns}/secrets", """{"metadata":{"name":"s"},"data":{"token":"not base64!"}}""",
            HttpStatusCode.BadRequest);
        Assert.Equal("BadRequest", body["reason"]!.GetValue<string>());
        Assert.Equal("Secret in version \"v1\" cannot be handled as a Secret: illegal base64 data at input byte 3 (data[token])",
            body["message"]!.GetValue<string>());
        await _api.GetAsync($"/api/v1/namespaces/{ns}/secrets/s", HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("secrets", "Secret", "data", "\"c2VjcmV0\"")]
    [InlineData("secrets", "Secret", "stringData", "\"secret\"")]
    [InlineData("configmaps", "ConfigMap", "data", "\"v\"")]
    [InlineData("configmaps", "ConfigMap", "binaryData", "\"dg==\"")]
    public async Task Create_KeyWithSpace_Returns422NamingTheKey(string resource, string kind, string field, string value)
    {
        var ns = await _api.NewNamespaceAsync();
        var body = await _api.PostAsync($"/api/v1/namespaces/{ns}/{resource}",
            $$$"""{"metadata":{"name":"x"},"{{{field}}}":{"list csv":{{{value}}}}}""", HttpStatusCode.UnprocessableEntity);
        var cause = body["details"]!["causes"]!.AsArray().Single()!;
        var expectedField = field == "stringData" ? "data" : field;
        Assert.Equal(($"{expectedField}[list csv]", "FieldValueInvalid"), (cause["field"]!.GetValue<string>(), cause["reason"]!.GetValue<string>()));
        Assert.StartsWith($"{kind} \"x\" is invalid: {expectedField}[list csv]: Invalid value: \"list csv\": a valid config key must consist of alphanumeric characters",
            body["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task Create_ConfigMapKeyInDataAndBinaryData_Returns422()
    {
        var ns = await _api.NewNamespaceAsync();
        var body = await _api.PostAsync($"/api/v1/namespaces/{ns}/configmaps",
            """{"metadata":{"name":"x"},"data":{"k":"v"},"binaryData":{"k":"dg=="}}""", HttpStatusCode.UnprocessableEntity);
        Assert.Equal("binaryData[k]", body["details"]!["causes"]!.AsArray().Single()!["field"]!.GetValue<string>());
    }

    [Fact]
    public async Task Create_ConfigMapOverOneMebibyte_Returns422TooLong()
    {
        var ns = await _api.NewNamespaceAsync();
        var big = new JsonObject { ["metadata"] = new JsonObject { ["name"] = "big" }, ["data"] = new JsonObject { ["list.csv"] = new string('1', 1024 * 1024 + 1) } };
        var body = await _api.PostAsync($"/api/v1/namespaces/{ns}/configmaps", big.ToJsonString(), HttpStatusCode.UnprocessableEntity);
        var cause = body["details"]!["causes"]!.AsArray().Single()!;
        Assert.Equal(("data", "FieldValueTooLong"), (cause["field"]!.GetValue<string>(), cause["reason"]!.GetValue<string>()));
    }
}
