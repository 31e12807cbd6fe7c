using System.Net.Security;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using Kube.Client.Http;

namespace Kube.Client;

/// <summary>
/// A connection to one API server, built from a <see cref="KubernetesClientConfiguration"/>: TLS trust
/// (custom CA, skip-verify, server name), client certificates, bearer tokens, and the retry policy.
/// Plain <c>http://</c> servers work too (a local test server).
/// </summary>
public sealed class Kubernetes : IKubernetes
{
    /// <summary>Connects with default retry settings.</summary>
    /// <param name="config">Where the server is and how to authenticate.</param>
    /// <param name="handlers">Extra handlers placed between this client and the network (logging, test fakes).</param>
    public Kubernetes(KubernetesClientConfiguration config, params DelegatingHandler[] handlers)
        : this(config, new KubernetesRetryOptions(), handlers)
    {
    }

    /// <summary>Connects with explicit retry settings (not in KubernetesClient's API).</summary>
    /// <param name="config">Where the server is and how to authenticate.</param>
    /// <param name="retryOptions">Retries, timeouts and clock.</param>
    /// <param name="handlers">Extra handlers placed between this client and the network.</param>
    public Kubernetes(KubernetesClientConfiguration config, KubernetesRetryOptions retryOptions,
        params DelegatingHandler[] handlers)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(retryOptions);
        ArgumentNullException.ThrowIfNull(handlers);
        if (!Uri.TryCreate(config.Host, UriKind.Absolute, out var baseUri) || baseUri.Scheme is not ("http" or "https"))
            throw new Exceptions.KubeConfigException($"Host '{config.Host}' is not an http(s) URL.");
        BaseUri = baseUri;
        HttpMessageHandler pipeline = CreateHandler(config);
        foreach (var handler in handlers.Reverse())
        {
            handler.InnerHandler = pipeline;
            pipeline = handler;
        }
        HttpClient = new HttpClient(pipeline) { Timeout = Timeout.InfiniteTimeSpan };
        Connection = new ApiConnection(HttpClient, config, retryOptions);
    }

    /// <inheritdoc/>
    public Uri BaseUri { get; }

    /// <summary>The underlying HTTP client (infinite timeout: each request carries its own).</summary>
    public HttpClient HttpClient { get; }

    internal ApiConnection Connection { get; }

    /// <inheritdoc/>
    public void Dispose() => Connection.Dispose();

    private static SocketsHttpHandler CreateHandler(KubernetesClientConfiguration config)
    {
        var handler = new SocketsHttpHandler
        {
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            KeepAlivePingDelay = TimeSpan.FromSeconds(30),
            KeepAlivePingTimeout = TimeSpan.FromSeconds(15),
        };
        var ssl = handler.SslOptions;
        if (!string.IsNullOrEmpty(config.TlsServerName)) ssl.TargetHost = config.TlsServerName; // SNI, as kubectl sends
        if (config.SkipTlsVerify)
        {
            // The user asked for it in the kubeconfig (insecure-skip-tls-verify), as kubectl allows.
#pragma warning disable CA5359
            ssl.RemoteCertificateValidationCallback = static (_, _, _, _) => true;
#pragma warning restore CA5359
        }
        else if (config.SslCaCerts is { Count: > 0 } || !string.IsNullOrEmpty(config.TlsServerName))
        {
            var authorities = config.SslCaCerts is { Count: > 0 } cas ? cas : null;
            var serverName = string.IsNullOrEmpty(config.TlsServerName) ? null : config.TlsServerName;
            ssl.RemoteCertificateValidationCallback = (_, certificate, _, errors) =>
                ValidateServerCertificate(authorities, serverName, certificate, errors);
        }
        if (!string.IsNullOrEmpty(config.ClientCertificateData) && !string.IsNullOrEmpty(config.ClientCertificateKeyData))
        {
            var certificatePem = Encoding.UTF8.GetString(Convert.FromBase64String(config.ClientCertificateData));
            var keyPem = Encoding.UTF8.GetString(Convert.FromBase64String(config.ClientCertificateKeyData));
            ssl.ClientCertificates = [X509Certificate2.CreateFromPem(certificatePem, keyPem)];
        }
        return handler;
    }

    // A cluster CA is usually private: trust exactly the configured roots. The name is checked against
    // tls-server-name when given (the handler verifies against the URL's host, which may be an IP the
    // certificate does not list), else against the host as usual.
    private static bool ValidateServerCertificate(X509Certificate2Collection? authorities, string? serverName,
        X509Certificate? certificate, SslPolicyErrors errors)
    {
        if (certificate is null) return false;
        using var leaf = X509CertificateLoader.LoadCertificate(certificate.GetRawCertData());
        var nameOk = serverName is not null
            ? leaf.MatchesHostname(serverName)
            : !errors.HasFlag(SslPolicyErrors.RemoteCertificateNameMismatch);
        if (!nameOk) return false;
        if (authorities is null) return !errors.HasFlag(SslPolicyErrors.RemoteCertificateChainErrors);
        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        chain.ChainPolicy.CustomTrustStore.AddRange(authorities);
        return chain.Build(leaf);
    }
}
