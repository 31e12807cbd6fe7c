using System.Net.Sockets;
using Kube.Client.Authentication;
using Kube.Client.Exceptions;

namespace Kube.Client;

/// <summary>
/// The configuration sources behind <see cref="KubernetesClientConfiguration"/>'s static builders, with the
/// environment, home folder, service-account paths and clock passed in so tests can supply their own.
/// </summary>
public static class KubernetesClientConfigurationLoader
{
    /// <summary>Resolves <c>KUBECONFIG</c>, then <c>~/.kube/config</c>, then in-cluster; one error lists what was tried.</summary>
    /// <param name="getEnvironmentVariable">Reads an environment variable.</param>
    /// <param name="homeDirectory">The user's home folder, or null.</param>
    /// <param name="inCluster">Where the service-account files are.</param>
    /// <param name="timeProvider">Clock for token-file refresh.</param>
    /// <returns>The configuration.</returns>
    /// <exception cref="KubeConfigException">No source was usable.</exception>
    public static KubernetesClientConfiguration FromDefaultSources(Func<string, string?> getEnvironmentVariable,
        string? homeDirectory, InClusterEnvironment inCluster, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(getEnvironmentVariable);
        ArgumentNullException.ThrowIfNull(inCluster);
        var tried = new List<string>();
        if (getEnvironmentVariable("KUBECONFIG") is { Length: > 0 } list)
        {
            var paths = KubeConfigLoader.SplitPathList(list);
            if (paths.Any(File.Exists)) return KubeConfigLoader.Load(paths, null, null, true, timeProvider);
            tried.Add($"KUBECONFIG={list} (no such file)");
        }
        else
        {
            tried.Add("KUBECONFIG (not set)");
        }
        if (homeDirectory is not null)
        {
            var path = Path.Combine(homeDirectory, ".kube", "config");
            if (File.Exists(path)) return KubeConfigLoader.Load([path], null, null, true, timeProvider);
            tried.Add($"{path} (no such file)");
        }
        if (IsInCluster(getEnvironmentVariable, inCluster)) return FromInCluster(getEnvironmentVariable, inCluster, timeProvider);
        tried.Add($"in-cluster config (KUBERNETES_SERVICE_HOST/KUBERNETES_SERVICE_PORT "
            + $"{(HasServiceEnvironment(getEnvironmentVariable) ? "set" : "not set")}, token {inCluster.TokenPath} "
            + $"{(File.Exists(inCluster.TokenPath) ? "present" : "missing")})");
        throw new KubeConfigException("No Kubernetes configuration found. Looked for: " + string.Join("; ", tried) + ".");
    }

    /// <summary>Builds the in-cluster configuration from the service environment and service-account files.</summary>
    /// <param name="getEnvironmentVariable">Reads an environment variable.</param>
    /// <param name="inCluster">Where the service-account files are.</param>
    /// <param name="timeProvider">Clock for token-file refresh.</param>
    /// <returns>The configuration.</returns>
    /// <exception cref="KubeConfigException">The environment or token file is missing.</exception>
    public static KubernetesClientConfiguration FromInCluster(Func<string, string?> getEnvironmentVariable,
        InClusterEnvironment inCluster, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(getEnvironmentVariable);
        ArgumentNullException.ThrowIfNull(inCluster);
        var host = getEnvironmentVariable("KUBERNETES_SERVICE_HOST");
        var port = getEnvironmentVariable("KUBERNETES_SERVICE_PORT");
        if (string.IsNullOrEmpty(host) || string.IsNullOrEmpty(port))
            throw new KubeConfigException(
                "Not running in a cluster: KUBERNETES_SERVICE_HOST and KUBERNETES_SERVICE_PORT must both be set.");
        if (!File.Exists(inCluster.TokenPath))
            throw new KubeConfigException($"In-cluster service-account token not found at {inCluster.TokenPath}.");
        var config = new KubernetesClientConfiguration
        {
            Host = "https://" + HostPort(host, port),
            TokenProvider = new TokenFileAuth(inCluster.TokenPath, timeProvider),
        };
        if (File.Exists(inCluster.CaPath))
            config.SslCaCerts = KubeConfigLoader.LoadCertificates(KubeConfigLoader.ReadFile(inCluster.CaPath, "ca.crt"));
        if (File.Exists(inCluster.NamespacePath))
            config.Namespace = KubeConfigLoader.ReadFile(inCluster.NamespacePath, "namespace").Trim();
        return config;
    }

    /// <summary>Whether the service environment is set and the token file exists.</summary>
    /// <param name="getEnvironmentVariable">Reads an environment variable.</param>
    /// <param name="inCluster">Where the service-account files are.</param>
    /// <returns>True in a cluster.</returns>
    public static bool IsInCluster(Func<string, string?> getEnvironmentVariable, InClusterEnvironment inCluster)
    {
        ArgumentNullException.ThrowIfNull(getEnvironmentVariable);
        ArgumentNullException.ThrowIfNull(inCluster);
        return HasServiceEnvironment(getEnvironmentVariable) && File.Exists(inCluster.TokenPath);
    }

    private static bool HasServiceEnvironment(Func<string, string?> env) =>
        !string.IsNullOrEmpty(env("KUBERNETES_SERVICE_HOST")) && !string.IsNullOrEmpty(env("KUBERNETES_SERVICE_PORT"));

    // IPv6 service addresses need brackets in a URL.
    internal static string HostPort(string host, string port) =>
        System.Net.IPAddress.TryParse(host, out var address) && address.AddressFamily == AddressFamily.InterNetworkV6
            ? $"[{host}]:{port}"
            : $"{host}:{port}";
}
