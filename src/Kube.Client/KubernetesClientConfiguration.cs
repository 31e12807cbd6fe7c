using System.Security.Cryptography.X509Certificates;
using Kube.Client.Authentication;

namespace Kube.Client;

/// <summary>
/// Where the API server is and how to authenticate to it. Built from a kubeconfig
/// (<see cref="BuildConfigFromConfigFile"/>), the pod's service account (<see cref="InClusterConfig"/>)
/// or whichever is present (<see cref="BuildDefaultConfig"/>).
/// </summary>
public sealed class KubernetesClientConfiguration
{
    /// <summary>Base URL of the API server, <c>https://host:port</c> (or <c>http://</c> for a local test server).</summary>
    public string Host { get; set; } = "";

    /// <summary>The default namespace (kubeconfig context namespace, or the pod's namespace in cluster).</summary>
    public string? Namespace { get; set; }

    /// <summary>A static bearer token.</summary>
    public string? AccessToken { get; set; }

    /// <summary>A token source consulted per request (token files); wins over <see cref="AccessToken"/>.</summary>
    public ITokenProvider? TokenProvider { get; set; }

    /// <summary>Basic-auth user name.</summary>
    public string? Username { get; set; }

    /// <summary>Basic-auth password.</summary>
    public string? Password { get; set; }

    /// <summary>Accept any server certificate (kubeconfig <c>insecure-skip-tls-verify</c>).</summary>
    public bool SkipTlsVerify { get; set; }

    /// <summary>The CA certificates the server's certificate must chain to; null trusts the system store.</summary>
    public X509Certificate2Collection? SslCaCerts { get; set; }

    /// <summary>Name to verify the server certificate against (and send as SNI), kubeconfig <c>tls-server-name</c>.</summary>
    public string? TlsServerName { get; set; }

    /// <summary>Client certificate as base64 of PEM (kubeconfig <c>client-certificate-data</c>).</summary>
    public string? ClientCertificateData { get; set; }

    /// <summary>Client key as base64 of PEM (kubeconfig <c>client-key-data</c>).</summary>
    public string? ClientCertificateKeyData { get; set; }

    /// <summary>Path of the client certificate PEM file (kubeconfig <c>client-certificate</c>).</summary>
    public string? ClientCertificateFilePath { get; set; }

    /// <summary>Path of the client key PEM file (kubeconfig <c>client-key</c>).</summary>
    public string? ClientKeyFilePath { get; set; }

    /// <summary>The kubeconfig context this configuration came from, if any.</summary>
    public string? CurrentContext { get; set; }

    /// <summary>
    /// Builds a configuration from kubeconfig files. <paramref name="kubeconfigPath"/> may name one file
    /// or several separated by <see cref="Path.PathSeparator"/> (the <c>KUBECONFIG</c> form); null means
    /// <c>KUBECONFIG</c>, else <c>~/.kube/config</c>.
    /// </summary>
    /// <param name="kubeconfigPath">Kubeconfig path(s), or null for the default.</param>
    /// <param name="currentContext">Context to use instead of the file's <c>current-context</c>.</param>
    /// <param name="masterUrl">Server URL overriding the cluster's <c>server</c>.</param>
    /// <param name="useRelativePaths">Resolve relative file paths against the kubeconfig's directory (kubectl's rule).</param>
    /// <returns>The configuration.</returns>
    /// <exception cref="Exceptions.KubeConfigException">No file, no such context, or missing fields.</exception>
    public static KubernetesClientConfiguration BuildConfigFromConfigFile(string? kubeconfigPath = null,
        string? currentContext = null, string? masterUrl = null, bool useRelativePaths = true)
    {
        var paths = kubeconfigPath is not null
            ? KubeConfigLoader.SplitPathList(kubeconfigPath)
            : KubeConfigLoader.DefaultPaths(Environment.GetEnvironmentVariable, HomeDirectory());
        return KubeConfigLoader.Load(paths, currentContext, masterUrl, useRelativePaths, TimeProvider.System);
    }

    /// <summary>
    /// The usual resolution: <c>KUBECONFIG</c> (one or more files), then <c>~/.kube/config</c>, then the
    /// in-cluster service account. When none is present, throws one error naming everything looked for.
    /// </summary>
    /// <returns>The configuration.</returns>
    /// <exception cref="Exceptions.KubeConfigException">Nothing usable was found.</exception>
    public static KubernetesClientConfiguration BuildDefaultConfig() =>
        KubernetesClientConfigurationLoader.FromDefaultSources(Environment.GetEnvironmentVariable, HomeDirectory(),
            InClusterEnvironment.Default, TimeProvider.System);

    /// <summary>Builds the configuration of a pod: service host/port environment and service-account files.</summary>
    /// <returns>The configuration; its token is re-read from the file every minute.</returns>
    /// <exception cref="Exceptions.KubeConfigException">Not running in a cluster, or the token is unreadable.</exception>
    public static KubernetesClientConfiguration InClusterConfig() =>
        KubernetesClientConfigurationLoader.FromInCluster(Environment.GetEnvironmentVariable, InClusterEnvironment.Default,
            TimeProvider.System);

    /// <summary>Whether this process runs in a pod: service host and port are set and the token file exists.</summary>
    /// <returns>True in a cluster.</returns>
    public static bool IsInCluster() =>
        KubernetesClientConfigurationLoader.IsInCluster(Environment.GetEnvironmentVariable, InClusterEnvironment.Default);

    private static string? HomeDirectory() =>
        Environment.GetEnvironmentVariable("HOME") is { Length: > 0 } home
            ? home
            : Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
}
