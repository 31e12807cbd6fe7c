using Microsoft.Extensions.Options;
using WhatsAppCampaigns.SenderWorker.Recipients.Sources;

namespace WhatsAppCampaigns.SenderWorker.Hosting;

/// <summary>Reads ConfigMap and Secret keys mounted as files (see <see cref="KubernetesObjectsOptions"/>).</summary>
internal sealed class DirectoryKubernetesObjectReader(IOptions<KubernetesObjectsOptions> options) : IKubernetesObjectReader
{
    public Task<Stream?> OpenConfigMapKeyAsync(string @namespace, string name, string key, CancellationToken cancellationToken) =>
        Task.FromResult<Stream?>(Open("configmaps", @namespace, name, key));

    public Task<Stream?> OpenSecretKeyAsync(string @namespace, string name, string key, CancellationToken cancellationToken) =>
        Task.FromResult<Stream?>(Open("secrets", @namespace, name, key));

    // Streamed from the mount, never read whole (a list of a million rows would otherwise sit in memory).
    private FileStream? Open(string kind, string @namespace, string name, string key)
    {
        if (options.Value.Directory is not { Length: > 0 } root) return null;
        // Names are Kubernetes names; refuse anything that could walk out of the mount.
        if (new[] { @namespace, name, key }.Any(p => p.Contains('/', StringComparison.Ordinal) || p.Contains("..", StringComparison.Ordinal)))
            return null;
        var path = Path.Combine(root, kind, @namespace, name, key);
        return File.Exists(path)
            ? new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, FileOptions.Asynchronous | FileOptions.SequentialScan)
            : null;
    }
}
