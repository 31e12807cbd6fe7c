using System.Net;
using System.Text.Json.Nodes;
using Kube.TestApiServer.Tests.Support;

namespace Kube.TestApiServer.Tests;

/// <summary>Bad requests get kube-apiserver's status codes and Status reasons.</summary>
public sealed class BadInputTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    private readonly Api _api = fixture.Api;

    private static void AssertStatus(JsonObject body, int code, string reason)
    {
        Assert.Equal("Status", body["kind"]!.GetValue<string>());
        Assert.Equal("v1", body["apiVersion"]!.GetValue<string>());
        Assert.Equal("Failure", body["status"]!.GetValue<string>());
        Assert.Equal(code, body["code"]!.GetValue<int>());
        Assert.Equal(reason, body["reason"]!.GetValue<string>());
    }

    [Fact]
    public async Task Create_MalformedJson_Returns400BadRequest()
    {
        var ns = await _api.NewNamespaceAsync();
        var body = await _api.PostAsync($"/api/v1/namespaces/{ns}/configmaps", """{"metadata":{"name":"x"},""", HttpStatusCode.BadRequest);
        AssertStatus(body, 400, "BadRequest");
        Assert.StartsWith("the object provided is unrecognized (must be of type ConfigMap): couldn't get version/kind; json parse error", body["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task Create_NonObjectBody_Returns400BadRequest()
    {
        var ns = await _api.NewNamespaceAsync();
        AssertStatus(await _api.PostAsync($"/api/v1/namespaces/{ns}/configmaps", "[1,2]", HttpStatusCode.BadRequest), 400, "BadRequest");
    }

    [Fact]
    public async Task Create_WrongKindForPath_Returns400BadRequest()
    {
        var ns = await _api.NewNamespaceAsync();
        var body = await _api.PostAsync($"/api/v1/namespaces/{ns}/configmaps",
            """{"apiVersion":"v1","kind":"Secret","metadata":{"name":"x"}}""", HttpStatusCode.BadRequest);
        AssertStatus(body, 400, "BadRequest");
        Assert.StartsWith("Secret in version \"v1\" cannot be handled as a ConfigMap", body["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task Create_WrongApiVersionForPath_Returns400BadRequest()
    {
        var ns = await _api.NewNamespaceAsync();
        var body = await _api.PostAsync($"/apis/batch/v1/namespaces/{ns}/jobs",
            """{"apiVersion":"batch/v2","kind":"Job","metadata":{"name":"x"}}""", HttpStatusCode.BadRequest);
        AssertStatus(body, 400, "BadRequest");
        Assert.Equal("the API version in the data (batch/v2) does not match the expected API version (batch/v1)", body["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task Create_CustomResourceWithoutKind_Returns400BadRequest()
    {
        await using var server = await TestApiServer.StartAsync();
        using var api = new Api(server.BaseAddress);
        await api.PostAsync("/apis/apiextensions.k8s.io/v1/customresourcedefinitions", Crds.Widgets());
        var body = await api.PostAsync($"/apis/{Crds.Group}/v1alpha1/namespaces/default/widgets", """{"metadata":{"name":"x"},"spec":{"size":1}}""",
            HttpStatusCode.BadRequest);
        AssertStatus(body, 400, "BadRequest");
        Assert.StartsWith("Object 'Kind' is missing in", body["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task Create_MissingName_Returns422Invalid()
    {
        var ns = await _api.NewNamespaceAsync();
        var body = await _api.PostAsync($"/api/v1/namespaces/{ns}/configmaps", """{"apiVersion":"v1","kind":"ConfigMap","metadata":{}}""",
            HttpStatusCode.UnprocessableEntity);
        AssertStatus(body, 422, "Invalid");
        Assert.Equal("ConfigMap \"\" is invalid: metadata.name: Required value: name or generateName is required", body["message"]!.GetValue<string>());
        var cause = body["details"]!["causes"]!.AsArray().Single()!;
        Assert.Equal("FieldValueRequired", cause["reason"]!.GetValue<string>());
        Assert.Equal("metadata.name", cause["field"]!.GetValue<string>());
    }

    [Fact]
    public async Task Create_InvalidName_Returns422WithDns1123Message()
    {
        var ns = await _api.NewNamespaceAsync();
        var body = await _api.PostAsync($"/apis/batch/v1/namespaces/{ns}/jobs", """{"metadata":{"name":"Bad_Name"}}""",
            HttpStatusCode.UnprocessableEntity);
        AssertStatus(body, 422, "Invalid");
        Assert.StartsWith("Job.batch \"Bad_Name\" is invalid: metadata.name: Invalid value: \"Bad_Name\": a lowercase RFC 1123 subdomain must consist of",
            body["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task Create_InvalidNamespaceName_Returns422WithDns1123LabelMessage()
    {
        var body = await _api.PostAsync("/api/v1/namespaces", """{"metadata":{"name":"has.dot"}}""", HttpStatusCode.UnprocessableEntity);
        Assert.Contains("a lowercase RFC 1123 label must consist of", body["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task Create_InvalidLabelValue_Returns422()
    {
        var ns = await _api.NewNamespaceAsync();
        var body = await _api.PostAsync($"/api/v1/namespaces/{ns}/configmaps", """{"metadata":{"name":"l","labels":{"a":"has space"}}}""",
            HttpStatusCode.UnprocessableEntity);
        Assert.Equal("metadata.labels", body["details"]!["causes"]![0]!["field"]!.GetValue<string>());
    }

    [Fact]
    public async Task Create_TwoControllerOwnerReferences_Returns422()
    {
        var ns = await _api.NewNamespaceAsync();
        var body = await _api.PostAsync($"/api/v1/namespaces/{ns}/configmaps",
            """{"metadata":{"name":"o","ownerReferences":[{"apiVersion":"v1","kind":"ConfigMap","name":"a","uid":"1","controller":true},{"apiVersion":"v1","kind":"ConfigMap","name":"b","uid":"2","controller":true}]}}""",
            HttpStatusCode.UnprocessableEntity);
        AssertStatus(body, 422, "Invalid");
    }

    [Fact]
    public async Task Create_NamespaceMismatch_Returns400()
    {
        var ns = await _api.NewNamespaceAsync();
        var body = await _api.PostAsync($"/api/v1/namespaces/{ns}/configmaps", """{"metadata":{"name":"x","namespace":"other"}}""",
            HttpStatusCode.BadRequest);
        Assert.Equal("the namespace of the provided object does not match the namespace sent on the request", body["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task Create_WithResourceVersion_IsRejected()
    {
        var ns = await _api.NewNamespaceAsync();
        var body = await _api.PostAsync($"/api/v1/namespaces/{ns}/configmaps", """{"metadata":{"name":"x","resourceVersion":"7"}}""",
            HttpStatusCode.BadRequest);
        Assert.Equal("resourceVersion should not be set on objects to be created", body["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task Put_NameMismatch_Returns400()
    {
        var ns = await _api.NewNamespaceAsync();
        await _api.PostAsync($"/api/v1/namespaces/{ns}/configmaps", """{"metadata":{"name":"a"}}""");
        var body = await _api.PutAsync($"/api/v1/namespaces/{ns}/configmaps/a", """{"metadata":{"name":"b"}}""", HttpStatusCode.BadRequest);
        AssertStatus(body, 400, "BadRequest");
        Assert.Equal("the name of the object (b) does not match the name on the URL (a)", body["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task Put_NamespaceMismatch_Returns400()
    {
        var ns = await _api.NewNamespaceAsync();
        await _api.PostAsync($"/api/v1/namespaces/{ns}/configmaps", """{"metadata":{"name":"a"}}""");
        var body = await _api.PutAsync($"/api/v1/namespaces/{ns}/configmaps/a", """{"metadata":{"name":"a","namespace":"elsewhere"}}""", HttpStatusCode.BadRequest);
        Assert.Equal($"the namespace of the object (elsewhere) does not match the namespace on the URL ({ns})", body["message"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("/api/v1/namespaces/default/widgets")]
    [InlineData("/api/v2/namespaces/default/configmaps")]
    [InlineData("/apis/nope.example.org/v1/things")]
    [InlineData("/apis/batch/v9/namespaces/default/jobs")]
    [InlineData("/api/v1/namespaces/default/configmaps/a/b/c")]
    [InlineData("/api/v1/namespaces/default/configmaps/a/scale")]
    [InlineData("/api/v1/configmaps/a")]
    [InlineData("/nothing/here")]
    public async Task UnknownPath_Returns404NotFound(string path)
    {
        var body = await _api.GetAsync(path, HttpStatusCode.NotFound);
        AssertStatus(body, 404, "NotFound");
        Assert.Equal("the server could not find the requested resource", body["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task PostToObjectUrl_Returns405MethodNotAllowed()
    {
        var ns = await _api.NewNamespaceAsync();
        var body = await _api.PostAsync($"/api/v1/namespaces/{ns}/configmaps/a", """{"metadata":{"name":"a"}}""", HttpStatusCode.MethodNotAllowed);
        AssertStatus(body, 405, "MethodNotAllowed");
    }

    [Fact]
    public async Task Authentication_WhenRequired_MissingTokenGets401()
    {
        await using var server = await TestApiServer.StartAsync(new TestApiServerOptions { RequireAuthentication = true });
        using var api = new Api(server.BaseAddress);
        AssertStatus(await api.GetAsync("/api/v1/namespaces", HttpStatusCode.Unauthorized), 401, "Unauthorized");
        api.Http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", "anything");
        await api.GetAsync("/api/v1/namespaces");
    }

    [Fact]
    public async Task Create_BodyOver3MiB_Returns413Status()
    {
        var ns = await _api.NewNamespaceAsync();
        var big = new string('x', 3 * 1024 * 1024 + 10);
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/namespaces/{ns}/configmaps")
        {
            Content = new StringContent($$$"""{"metadata":{"name":"big"},"data":{"a":"{{{big}}}"}}""", System.Text.Encoding.UTF8, "application/json"),
        };
        // The server refuses on Content-Length alone. Without 100-continue the client may still be
        // writing the body when the server answers and closes, and sees a broken pipe instead of
        // the answer; with it, the client waits for the verdict before sending the body.
        request.Headers.ExpectContinue = true;

        using var response = await _api.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        var body = System.Text.Json.Nodes.JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        AssertStatus(body, 413, "RequestEntityTooLarge");
    }
}
