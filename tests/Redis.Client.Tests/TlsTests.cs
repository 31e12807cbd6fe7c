using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using TestSupport;

namespace Redis.Client.Tests;

public sealed class TlsTests : IAsyncLifetime
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "redis-tls-" + Guid.NewGuid().ToString("N")[..8]);
    private X509Certificate2? _certificate;
    private RedisServer? _server;
    private int _tlsPort;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_directory);
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=localhost", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddDnsName("localhost");
        request.CertificateExtensions.Add(names.Build());
        _certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        var certFile = Path.Combine(_directory, "server.crt");
        var keyFile = Path.Combine(_directory, "server.key");
        await File.WriteAllTextAsync(certFile, _certificate.ExportCertificatePem());
        await File.WriteAllTextAsync(keyFile, key.ExportPkcs8PrivateKeyPem());
        _tlsPort = FreePort.Next();
        // Plain TCP stays on the fixture's port (it probes readiness there); TLS gets its own port.
        _server = await RedisServer.StartAsync(["--tls-port", _tlsPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--tls-cert-file", certFile, "--tls-key-file", keyFile, "--tls-ca-cert-file", certFile, "--tls-auth-clients", "no"]);
    }

    public async Task DisposeAsync()
    {
        if (_server is not null) await _server.DisposeAsync();
        _certificate?.Dispose();
        Directory.Delete(_directory, recursive: true);
    }

    [Fact]
    public async Task ConnectAsync_Ssl_SpeaksRespOverTls()
    {
        var options = ClientFactory.Options($"127.0.0.1:{_tlsPort}");
        options.Ssl = true;
        options.SslHost = "localhost";
        options.CertificateValidationCallback = (_, certificate, _, _) => certificate?.GetCertHashString() == _certificate!.GetCertHashString();
        await using var mux = await ConnectionMultiplexer.ConnectAsync(options);
        var db = mux.GetDatabase();

        Assert.True(await db.StringSetAsync("tls-key", "over tls"));
        Assert.Equal("over tls", await db.StringGetAsync("tls-key"));
        var info = (string?)await db.ExecuteAsync("CLIENT", "INFO");
        Assert.Contains($"laddr=127.0.0.1:{_tlsPort}", info);
    }

    [Fact]
    public async Task ConnectAsync_SslWithUntrustedCertificate_FailsToConnect()
    {
        var options = ClientFactory.Options($"127.0.0.1:{_tlsPort}");
        options.Ssl = true;
        options.SslHost = "localhost";

        var error = await Assert.ThrowsAsync<RedisConnectionException>(() => ConnectionMultiplexer.ConnectAsync(options));

        Assert.Equal(ConnectionFailureType.UnableToConnect, error.FailureType);
    }
}
