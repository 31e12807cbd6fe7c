using System.Net;
using System.Text;
using Kube.Client.Authentication;
using Kube.Client.Models;
using TestSupport;
using KubeClient = Kube.Client.KubernetesClient.KubernetesClient;

namespace Kube.Client.Tests;

public sealed class KubernetesAuthenticationTests : IDisposable
{
    private readonly string _tokenFile = Path.GetTempFileName();

    public void Dispose() => File.Delete(_tokenFile);

    /// <summary>Answers like an API server whose accepted token has rotated from "old" to "new".</summary>
    private sealed class RotatingServer : DelegatingHandler
    {
        public List<string?> Tokens { get; } = [];

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var token = request.Headers.Authorization?.Parameter;
            Tokens.Add(token);
            var accepted = Tokens.Count == 1 ? "old" : "new";
            return Task.FromResult(token == accepted
                ? new HttpResponseMessage(HttpStatusCode.OK)
                {
                    Content = new StringContent("""{"kind":"NamespaceList","metadata":{},"items":[]}""", Encoding.UTF8, "application/json"),
                }
                : new HttpResponseMessage(HttpStatusCode.Unauthorized)
                {
                    Content = new StringContent("""{"kind":"Status","apiVersion":"v1","status":"Failure","reason":"Unauthorized","code":401}"""),
                });
        }
    }

    [Fact]
    public async Task Request_RotatedTokenGets401_RereadsFileAndRepeatsOnce()
    {
        await File.WriteAllTextAsync(_tokenFile, "old");
        var server = new RotatingServer();
        var config = new KubernetesClientConfiguration
        {
            Host = "http://kube.invalid",
            TokenProvider = new TokenFileAuth(_tokenFile, new ManualTimeProvider()),
        };
        using var client = new KubeClient(config, new Kubernetes(config, new KubernetesRetryOptions { MaxRetryAttempts = 0 }, server));
        await client.ListAsync<V1Namespace>();
        await File.WriteAllTextAsync(_tokenFile, "new"); // the kubelet rotated the projected token
        await client.ListAsync<V1Namespace>();
        Assert.Equal(["old", "old", "new"], server.Tokens);
    }
}
