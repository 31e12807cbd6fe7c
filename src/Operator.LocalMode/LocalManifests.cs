using System.Reflection;
using k8s;
using k8s.Models;
using WhatsAppCampaigns.Operator.Entities;

namespace WhatsAppCampaigns.Operator.LocalMode;

/// <summary>
/// The manifests local mode applies (examples/*.yaml), loaded as typed models by KubernetesClient's
/// <see cref="KubernetesYaml"/>, which knows the built-in kinds; our two kinds are added to its type map.
/// </summary>
public static class LocalManifests
{
    private static readonly Dictionary<string, Type> OurKinds = new[] { typeof(V1WhatsAppCampaign), typeof(V1WhatsAppSession) }
        .ToDictionary(t => t.GetCustomAttribute<KubernetesEntityAttribute>() is { } e ? $"{e.Group}/{e.ApiVersion}/{e.Kind}" : t.Name);

    /// <summary>Every document of every <c>*.yaml</c> file in <paramref name="folder"/>, files in ordinal name order.</summary>
    public static IReadOnlyList<IKubernetesObject<V1ObjectMeta>> LoadFolder(string folder) =>
        Directory.GetFiles(folder, "*.yaml").Order(StringComparer.Ordinal).SelectMany(f => Load(File.ReadAllText(f))).ToList();

    /// <summary>Every document of <paramref name="yaml"/>, in order.</summary>
    public static IEnumerable<IKubernetesObject<V1ObjectMeta>> Load(string yaml) =>
        KubernetesYaml.LoadAllFromString(yaml, OurKinds, strict: true).Select(o => o as IKubernetesObject<V1ObjectMeta>
            ?? throw new InvalidOperationException($"{o.GetType().Name} has no object metadata"));
}
