using System.Text.Json.Nodes;
using k8s;

namespace Kube.Operator.Status;

/// <summary>Deep copies and status comparison through the Kubernetes JSON form (what the server stores).</summary>
public static class EntityCopy
{
    /// <summary>A deep copy, so a controller may modify it without touching the informer's cache.</summary>
    /// <typeparam name="TEntity">The type.</typeparam>
    /// <param name="entity">The object.</param>
    /// <returns>The copy.</returns>
    public static TEntity Clone<TEntity>(TEntity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        return KubernetesJson.Deserialize<TEntity>(KubernetesJson.Serialize(entity));
    }

    /// <summary>The object's <c>status</c> as JSON (null when absent).</summary>
    /// <param name="entity">The object.</param>
    /// <returns>The status node.</returns>
    public static JsonNode? StatusOf(object entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        return JsonNode.Parse(KubernetesJson.Serialize(entity))?["status"];
    }

    /// <summary>
    /// Whether two objects carry the same status as the server would store it: compared as JSON, so times
    /// at the wire's second precision and absent-vs-null fields count as equal, as they do on the server.
    /// </summary>
    /// <param name="a">One object.</param>
    /// <param name="b">The other.</param>
    /// <returns>True when equal.</returns>
    public static bool SameStatus(object a, object b) => JsonNode.DeepEquals(Normalize(StatusOf(a)), Normalize(StatusOf(b)));

    // An empty status object and no status mean the same to the server.
    private static JsonNode? Normalize(JsonNode? status) => status is JsonObject { Count: 0 } ? null : status;
}
