using Microsoft.Extensions.Options;
using WhatsAppCampaigns.SenderWorker.Recipients.Sources;

namespace WhatsAppCampaigns.SenderWorker.Hosting;

/// <summary>Reads ConfigMap and Secret keys mounted as files (see <see cref="KubernetesObjectsOptions"/>).</summary>
internal sealed class DirectoryKubernetesObjectReader(IOptions<KubernetesObjectsOptions> options) : IKubernetesObjectReader
{
    public Task<byte[]?> ReadConfigMapKeyAsync(string @namespace, string name, string key, CancellationToken cancellationToken) =>
        ReadAsync("configmaps", @namespace, name, key, cancellationToken);

    public Task<byte[]?> ReadSecretKeyAsync(string @namespace, string name, string key, CancellationToken cancellationToken) =>
        ReadAsync("secrets", @namespace, name, key, cancellationToken);

    private async Task<byte[]?> ReadAsync(string kind, string @namespace, string name, string key, CancellationToken cancellationToken)
    {
        if (options.Value.Directory is not { Length: > 0 } root) return null;
        // Names are Kubernetes names; refuse anything that could walk out of the mount.
        if (new[] { @namespace, name, key }.Any(p => p.Contains('/', StringComparison.Ordinal) || p.Contains("..", StringComparison.Ordinal)))
            return null;
        var path = Path.Combine(root, kind, @namespace, name, key);
        return File.Exists(path) ? await File.ReadAllBytesAsync(path, cancellationToken) : null;
    }
}
