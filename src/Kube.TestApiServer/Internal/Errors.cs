using System.Text.Json.Nodes;

namespace Kube.TestApiServer.Internal;

/// <summary>The error answers of kube-apiserver (k8s.io/apimachinery/pkg/api/errors), same messages.</summary>
internal static class Errors
{
    public static JsonObject Details(ResourceType type, string? name, bool useKind = false)
    {
        var details = new JsonObject();
        if (!string.IsNullOrEmpty(name)) details["name"] = name;
        if (type.Group.Length > 0) details["group"] = type.Group;
        details["kind"] = useKind ? type.Kind : type.Plural;
        return details;
    }

    public static ApiException NotFound(ResourceType type, string name) =>
        new(404, "NotFound", $"{type.GroupResource} \"{name}\" not found", Details(type, name));

    public static ApiException NamespaceNotFound(string ns) =>
        new(404, "NotFound", $"namespaces \"{ns}\" not found",
            new JsonObject { ["name"] = ns, ["kind"] = "namespaces" });

    public static ApiException UnknownPath() =>
        new(404, "NotFound", "the server could not find the requested resource");

    public static ApiException AlreadyExists(ResourceType type, string name) =>
        new(409, "AlreadyExists", $"{type.GroupResource} \"{name}\" already exists", Details(type, name));

    public static ApiException Conflict(ResourceType type, string name, string why) =>
        new(409, "Conflict", $"Operation cannot be fulfilled on {type.GroupResource} \"{name}\": {why}",
            Details(type, name));

    public const string ModifiedMessage =
        "the object has been modified; please apply your changes to the latest version and try again";

    public static ApiException StaleResourceVersion(ResourceType type, string name) =>
        Conflict(type, name, ModifiedMessage);

    /// <summary>504 for a resourceVersion the server has not reached after waiting for it.</summary>
    public static ApiException ResourceVersionTooLarge(long requested, long current) =>
        new(504, "Timeout", $"Too large resource version: {requested}, current: {current}",
            new JsonObject
            {
                ["causes"] = new JsonArray(new JsonObject { ["reason"] = "ResourceVersionTooLarge", ["message"] = "Too large resource version" }),
            })
        { RetryAfterSeconds = 1 };

    public static ApiException BadRequest(string message) => new(400, "BadRequest", message);

    public static ApiException MethodNotAllowed() =>
        new(405, "MethodNotAllowed", "the server does not allow this method on the requested resource");

    public static ApiException Expired(string message) => new(410, "Expired", message);

    public static ApiException UnsupportedMediaType(string contentType, IEnumerable<string> accepted) =>
        new(415, "UnsupportedMediaType",
            $"the body of the request was in an unknown format - accepted media types include: {string.Join(", ", accepted)}");

    /// <summary>422 Invalid with one cause per field, message shaped like field.ErrorList.ToAggregate().</summary>
    public static ApiException Invalid(ResourceType type, string? name, IReadOnlyList<Cause> causes)
    {
        var parts = causes.Select(c => $"{c.Field}: {c.Message}").ToList();
        var joined = parts.Count == 1 ? parts[0] : "[" + string.Join(", ", parts) + "]";
        var details = Details(type, name, useKind: true);
        var array = new JsonArray();
        foreach (var c in causes)
            array.Add(new JsonObject { ["reason"] = c.Reason, ["message"] = c.Message, ["field"] = c.Field });
        details["causes"] = array;
        return new ApiException(422, "Invalid", $"{type.QualifiedKind} \"{name}\" is invalid: {joined}", details);
    }

    public static ApiException Invalid(ResourceType type, string? name, Cause cause) => Invalid(type, name, [cause]);
}
