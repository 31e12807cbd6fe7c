using System.Collections.Concurrent;
using System.Net;
using System.Text;
using k8s;
using k8s.Models;
using Kube.Operator.Client;
using Kube.Operator.Tests.Support;
using TestSupport;
using KubeClient = Kube.Operator.Client.KubernetesClient;

namespace Kube.Operator.Tests.Client;

public sealed class IdempotentRetryHandlerTests(OperatorFixture fixture) : IClassFixture<OperatorFixture>
{
    private static HttpRequestMessage Request(string method, string? body = null, string contentType = "application/json") =>
        new(new HttpMethod(method), "http://server/api/v1/namespaces/a/configmaps/x")
        {
            Content = body is null ? null : new StringContent(body, Encoding.UTF8, contentType),
        };

    // The README's table, row by row.
    [Theory]
    [InlineData("GET", null, "application/json", true)]
    [InlineData("PUT", """{"metadata":{"name":"x","resourceVersion":"12"}}""", "application/json", true)]
    [InlineData("PUT", """{"metadata":{"name":"x"}}""", "application/json", false)]
    [InlineData("PUT", """{"metadata":{"name":"x","resourceVersion":""}}""", "application/json", false)]
    [InlineData("PATCH", """{"data":{"a":"b"}}""", "application/merge-patch+json", true)]
    [InlineData("PATCH", """{"apiVersion":"v1","kind":"ConfigMap"}""", "application/apply-patch+yaml", true)]
    [InlineData("PATCH", """[{"op":"add","path":"/data/a","value":"b"}]""", "application/json-patch+json", false)]
    [InlineData("DELETE", """{"preconditions":{"uid":"u-1"}}""", "application/json", true)]
    [InlineData("DELETE", """{"preconditions":{"resourceVersion":"7"}}""", "application/json", true)]
    [InlineData("DELETE", """{"propagationPolicy":"Background"}""", "application/json", false)]
    [InlineData("DELETE", null, "application/json", false)]
    [InlineData("POST", """{"metadata":{"generateName":"x-"}}""", "application/json", false)]
    public async Task IsReplaySafe_Table(string method, string? body, string contentType, bool expected)
    {
        using var request = Request(method, body, contentType);
        Assert.Equal(expected, await IdempotentRetryHandler.IsReplaySafeAsync(request, CancellationToken.None));
    }

    [Fact]
    public async Task Get_ConnectionRefused_IsRetriedThenSurfacesHttpRequestException()
    {
        var attempts = new AttemptCounter();
        using var client = ClientTo($"http://127.0.0.1:{FreePort.Next()}", attempts, maxRetries: 2);
        await Assert.ThrowsAsync<HttpRequestException>(() => client.GetAsync<V1ConfigMap>("x", "default"));
        Assert.Equal(3, attempts.Count);
    }

    [Fact]
    public async Task Create_ConnectionRefused_IsNotRetried()
    {
        var attempts = new AttemptCounter();
        using var client = ClientTo($"http://127.0.0.1:{FreePort.Next()}", attempts, maxRetries: 2);
        await Assert.ThrowsAsync<HttpRequestException>(() =>
            client.CreateAsync(new V1ConfigMap { Metadata = new V1ObjectMeta { Name = "x", NamespaceProperty = "default" } }));
        Assert.Equal(1, attempts.Count);
    }

    [Fact]
    public async Task ConditionalUpdate_Two503sThenSuccess_Succeeds()
    {
        var attempts = new AttemptCounter();
        using var setup = fixture.NewClient();
        var ns = await OperatorFixture.CreateNamespaceAsync(setup);
        var stored = await setup.CreateAsync(new V1ConfigMap { Metadata = new V1ObjectMeta { Name = "x", NamespaceProperty = ns } });
        using var client = ClientTo(fixture.Config.Host, attempts, maxRetries: 3);
        fixture.Server.Faults.FailNext($"/api/v1/namespaces/{ns}/configmaps/x", 2, 503, "PUT");
        stored.Data = new Dictionary<string, string> { ["a"] = "b" };
        var updated = await client.UpdateAsync(stored);
        Assert.Equal("b", updated.Data["a"]);
        Assert.Equal(3, attempts.Count);
    }

    [Fact]
    public async Task UnconditionalUpdate_503_IsNotRetried()
    {
        var attempts = new AttemptCounter();
        using var setup = fixture.NewClient();
        var ns = await OperatorFixture.CreateNamespaceAsync(setup);
        var stored = await setup.CreateAsync(new V1ConfigMap { Metadata = new V1ObjectMeta { Name = "x", NamespaceProperty = ns } });
        using var client = ClientTo(fixture.Config.Host, attempts, maxRetries: 3);
        fixture.Server.Faults.FailNext($"/api/v1/namespaces/{ns}/configmaps/x", 1, 503, "PUT");
        stored.Metadata.ResourceVersion = null;
        var error = await Assert.ThrowsAsync<k8s.Autorest.HttpOperationException>(() => client.UpdateAsync(stored));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, error.Response.StatusCode);
        Assert.Equal(1, attempts.Count);
    }

    private static KubeClient ClientTo(string host, AttemptCounter attempts, int maxRetries)
    {
        var config = new KubernetesClientConfiguration { Host = host };
        var retry = new IdempotentRetryHandler(new KubernetesRetryOptions
        {
            MaxRetryAttempts = maxRetries, BaseDelay = TimeSpan.FromMilliseconds(5),
        });
        // The first handler is the outermost: the counter sees every attempt the retry handler makes.
        return new KubeClient(config, new Kubernetes(config, retry, attempts));
    }

    private sealed class AttemptCounter : DelegatingHandler
    {
        private readonly ConcurrentQueue<string> _requests = new();

        public int Count => _requests.Count;

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            _requests.Enqueue($"{request.Method} {request.RequestUri}");
            return base.SendAsync(request, cancellationToken);
        }
    }
}
