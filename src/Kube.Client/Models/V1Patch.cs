namespace Kube.Client.Models;

/// <summary>A patch body and the strategy the server applies it with (the request's content type).</summary>
public sealed class V1Patch
{
    /// <summary>Creates a patch.</summary>
    /// <param name="body">A JSON string sent as-is, or an object serialized with <see cref="KubernetesJson"/>.</param>
    /// <param name="type">The patch strategy.</param>
    public V1Patch(object body, PatchType type)
    {
        ArgumentNullException.ThrowIfNull(body);
        if (type == PatchType.Unknown) throw new ArgumentException("Choose a patch type.", nameof(type));
        Content = body;
        Type = type;
    }

    /// <summary>Patch strategies kube-apiserver understands.</summary>
    public enum PatchType
    {
        /// <summary>Not set; rejected.</summary>
        Unknown,

        /// <summary>RFC 6902 JSON patch, <c>application/json-patch+json</c>.</summary>
        JsonPatch,

        /// <summary>RFC 7386 merge patch, <c>application/merge-patch+json</c>.</summary>
        MergePatch,

        /// <summary>Kubernetes strategic merge patch (built-in kinds only), <c>application/strategic-merge-patch+json</c>.</summary>
        StrategicMergePatch,

        /// <summary>Server-side apply, <c>application/apply-patch+yaml</c>; needs a field manager.</summary>
        ApplyPatch,
    }

    /// <summary>The patch body.</summary>
    public object Content { get; }

    /// <summary>The patch strategy.</summary>
    public PatchType Type { get; }

    /// <summary>The request content type for <see cref="Type"/>.</summary>
    public string ContentType => Type switch
    {
        PatchType.JsonPatch => "application/json-patch+json",
        PatchType.MergePatch => "application/merge-patch+json",
        PatchType.StrategicMergePatch => "application/strategic-merge-patch+json",
        PatchType.ApplyPatch => "application/apply-patch+yaml",
        _ => throw new InvalidOperationException($"Patch type {Type} has no content type."),
    };

    /// <summary>The body as JSON text.</summary>
    /// <returns>The string given, or the serialized object.</returns>
    public string ToJson() => Content as string ?? KubernetesJson.Serialize(Content);
}
