namespace Kube.Client.Http;

/// <summary>A request body: its text and content type (JSON, or one of the patch media types).</summary>
internal sealed record ApiBody(string Text, string ContentType)
{
    public static ApiBody Json(object value) => new(KubernetesJson.Serialize(value), "application/json");
}
