using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using Kube.Client.Models;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Https;
using Microsoft.Extensions.Logging;
using KubeClient = Kube.Client.KubernetesClient.KubernetesClient;

namespace Kube.Client.Tests;

/// <summary>
/// The TLS settings of a kubeconfig against a real TLS listener (Kestrel on loopback): a private CA,
/// skip-verify, tls-server-name and client certificates.
/// </summary>
public sealed class KubernetesTlsTests : IAsyncLifetime
{
    private readonly ECDsa _caKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
    private X509Certificate2 _ca = null!;
    private WebApplication _app = null!;
    private string _url = "";
    private volatile string? _clientSubject;

    public async Task InitializeAsync()
    {
        var caRequest = new CertificateRequest("CN=test-cluster-ca", _caKey, HashAlgorithmName.SHA256);
        caRequest.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        caRequest.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        _ca = caRequest.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));

        // Valid only for the name "kubernetes", like an API server reached through an IP the certificate lacks.
        using var serverKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var serverRequest = new CertificateRequest("CN=kubernetes", serverKey, HashAlgorithmName.SHA256);
        var names = new SubjectAlternativeNameBuilder();
        names.AddDnsName("kubernetes");
        serverRequest.CertificateExtensions.Add(names.Build());
        serverRequest.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], false));
        using var signed = serverRequest.Create(_ca, DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddHours(12), [7, 7, 7]);
        var serverCert = X509CertificateLoader.LoadPkcs12(signed.CopyWithPrivateKey(serverKey).Export(X509ContentType.Pkcs12), null);

        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0, listen => listen.UseHttps(new HttpsConnectionAdapterOptions
        {
            ServerCertificate = serverCert,
            ClientCertificateMode = ClientCertificateMode.AllowCertificate,
            ClientCertificateValidation = (_, _, _) => true,
        })));
        _app = builder.Build();
        _app.Run(async context =>
        {
            _clientSubject = context.Connection.ClientCertificate?.Subject;
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync("""{"kind":"NamespaceList","apiVersion":"v1","metadata":{"resourceVersion":"1"},"items":[{"metadata":{"name":"default"}}]}""");
        });
        await _app.StartAsync();
        _url = _app.Urls.First().Replace("0.0.0.0", "127.0.0.1", StringComparison.Ordinal);
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        _ca.Dispose();
        _caKey.Dispose();
    }

    private KubernetesClientConfiguration Config(bool withCa = true, string? serverName = "kubernetes") => new()
    {
        Host = _url,
        SslCaCerts = withCa ? new X509Certificate2Collection(X509CertificateLoader.LoadCertificate(_ca.RawData)) : null,
        TlsServerName = serverName,
    };

    private static async Task<int> ListAsync(KubernetesClientConfiguration config)
    {
        using var client = new KubeClient(config, new Kubernetes(config, new KubernetesRetryOptions { MaxRetryAttempts = 0 }));
        return (await client.ListAsync<V1Namespace>()).Count;
    }

    [Fact]
    public async Task PrivateCaAndServerName_AreTrusted() => Assert.Equal(1, await ListAsync(Config()));

    [Fact]
    public async Task WithoutTheCa_IsRejected() =>
        await Assert.ThrowsAsync<HttpRequestException>(() => ListAsync(Config(withCa: false)));

    [Fact]
    public async Task RightCaWrongName_IsRejected() =>
        await Assert.ThrowsAsync<HttpRequestException>(() => ListAsync(Config(serverName: null)));

    [Fact]
    public async Task SkipTlsVerify_AcceptsAnyCertificate()
    {
        var config = Config(withCa: false, serverName: null);
        config.SkipTlsVerify = true;
        Assert.Equal(1, await ListAsync(config));
    }

    [Fact]
    public async Task ClientCertificate_IsPresented()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest("CN=operator", key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.2")], false));
        using var cert = request.Create(_ca, DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddHours(12), [9, 9]);
        var config = Config();
        config.ClientCertificateData = Convert.ToBase64String(Encoding.UTF8.GetBytes(cert.ExportCertificatePem()));
        config.ClientCertificateKeyData = Convert.ToBase64String(Encoding.UTF8.GetBytes(key.ExportPkcs8PrivateKeyPem()));
        Assert.Equal(1, await ListAsync(config));
        Assert.Equal("CN=operator", _clientSubject);
    }
}
