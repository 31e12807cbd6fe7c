namespace Kube.Client;

/// <summary>
/// Where in-cluster configuration is read from: the service-account files the kubelet mounts into
/// every pod. Tests point it at a temporary folder.
/// </summary>
/// <param name="TokenPath">The bearer token file (a projected token that rotates).</param>
/// <param name="CaPath">The CA bundle that signs the API server's certificate.</param>
/// <param name="NamespacePath">The file holding the pod's namespace.</param>
public sealed record InClusterEnvironment(string TokenPath, string CaPath, string NamespacePath)
{
    /// <summary>The service-account folder every pod gets.</summary>
    public const string ServiceAccountDirectory = "/var/run/secrets/kubernetes.io/serviceaccount";

    /// <summary>The standard locations under <see cref="ServiceAccountDirectory"/>.</summary>
    public static InClusterEnvironment Default { get; } = InDirectory(ServiceAccountDirectory);

    /// <summary>The three files inside <paramref name="directory"/>, named as the kubelet names them.</summary>
    /// <param name="directory">A folder with <c>token</c>, <c>ca.crt</c> and <c>namespace</c>.</param>
    /// <returns>The environment.</returns>
    public static InClusterEnvironment InDirectory(string directory) => new(
        Path.Combine(directory, "token"), Path.Combine(directory, "ca.crt"), Path.Combine(directory, "namespace"));
}
