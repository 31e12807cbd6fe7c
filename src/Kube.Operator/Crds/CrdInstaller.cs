using k8s;
using k8s.Models;
using Kube.Operator.Client;

namespace Kube.Operator.Crds;

/// <summary>Installs generated CRDs through the API (for development and tests; KubeOps has a hosted CRD installer).</summary>
public static class CrdInstaller
{
    /// <summary>The generated CRD of <paramref name="entityType"/> as the client's model.</summary>
    /// <param name="entityType">The entity class.</param>
    /// <returns>The CRD.</returns>
    public static V1CustomResourceDefinition ToModel(Type entityType) =>
        KubernetesJson.Deserialize<V1CustomResourceDefinition>(CrdGenerator.Generate(entityType).ToJsonString());

    /// <summary>Creates the CRD of each entity type, or replaces it when it exists.</summary>
    /// <param name="client">The client.</param>
    /// <param name="entityTypes">The entity classes.</param>
    /// <param name="cancellationToken">Cancels the requests.</param>
    /// <returns>A task that completes when every CRD is stored.</returns>
    public static async Task InstallCrdsAsync(this IKubernetesClient client, IEnumerable<Type> entityTypes,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(entityTypes);
        foreach (var type in entityTypes)
        {
            var crd = ToModel(type);
            var existing = await client.GetAsync<V1CustomResourceDefinition>(crd.Metadata.Name!, cancellationToken: cancellationToken);
            if (existing is null)
            {
                await client.CreateAsync(crd, cancellationToken);
                continue;
            }
            crd.Metadata.ResourceVersion = existing.Metadata.ResourceVersion;
            await client.UpdateAsync(crd, cancellationToken);
        }
    }
}
