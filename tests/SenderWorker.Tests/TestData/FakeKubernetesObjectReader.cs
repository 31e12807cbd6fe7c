using WhatsAppCampaigns.SenderWorker.Recipients.Sources;

namespace WhatsAppCampaigns.SenderWorker.Tests.TestData;

/// <summary>An in-memory ConfigMap/Secret store for source tests.</summary>
public sealed class FakeKubernetesObjectReader : IKubernetesObjectReader
{
    private readonly Dictionary<(string Kind, string Namespace, string Name, string Key), byte[]> _data = [];

    public FakeKubernetesObjectReader WithConfigMap(string ns, string name, string key, byte[] value)
    {
        _data[("ConfigMap", ns, name, key)] = value;
        return this;
    }

    public FakeKubernetesObjectReader WithSecret(string ns, string name, string key, byte[] value)
    {
        _data[("Secret", ns, name, key)] = value;
        return this;
    }

    public Task<Stream?> OpenConfigMapKeyAsync(string @namespace, string name, string key, CancellationToken cancellationToken) =>
        Task.FromResult<Stream?>(Open(("ConfigMap", @namespace, name, key)));

    public Task<Stream?> OpenSecretKeyAsync(string @namespace, string name, string key, CancellationToken cancellationToken) =>
        Task.FromResult<Stream?>(Open(("Secret", @namespace, name, key)));

    private MemoryStream? Open((string, string, string, string) id) =>
        _data.TryGetValue(id, out var bytes) ? new MemoryStream(bytes, writable: false) : null;
}
