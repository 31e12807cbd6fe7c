using System.Globalization;
using System.Text.Json.Nodes;

namespace Kube.TestApiServer.Internal;

/// <summary>
/// RFC 6902 JSON patch (add, remove, replace, move, copy, test) with RFC 6901 pointers (~0, ~1).
/// A malformed operation list is a <see cref="FormatException"/> (400); an operation that cannot be
/// applied is a <see cref="InvalidOperationException"/> (422), as kube-apiserver answers.
/// </summary>
internal static class JsonPatch
{
    public static JsonObject Apply(JsonObject document, JsonArray operations)
    {
        JsonNode root = document;
        foreach (var node in operations)
        {
            if (node is not JsonObject op) throw new FormatException("json patch operation must be an object");
            var kind = op.Str("op") ?? throw new FormatException("json patch operation has no \"op\"");
            var path = op.Str("path") ?? throw new FormatException($"json patch {kind} operation has no \"path\"");
            switch (kind)
            {
                case "add":
                    root = Add(root, path, Value(op, kind));
                    break;
                case "remove":
                    root = RemoveAt(root, path, out _);
                    break;
                case "replace":
                    root = RemoveAt(root, path, out _);
                    root = Add(root, path, Value(op, kind));
                    break;
                case "move":
                {
                    var from = op.Str("from") ?? throw new FormatException("json patch move operation has no \"from\"");
                    root = RemoveAt(root, from, out var moved);
                    root = Add(root, path, moved);
                    break;
                }
                case "copy":
                {
                    var from = op.Str("from") ?? throw new FormatException("json patch copy operation has no \"from\"");
                    root = Add(root, path, Get(root, from)?.DeepClone());
                    break;
                }
                case "test":
                {
                    var actual = Get(root, path);
                    if (!JsonNode.DeepEquals(actual, op["value"]))
                        throw new InvalidOperationException($"testing value {path} failed: test failed");
                    break;
                }
                default:
                    throw new FormatException($"Unexpected kind: {kind}");
            }
        }
        return root as JsonObject ?? throw new InvalidOperationException("json patch replaced the whole object with a non-object");
    }

    private static JsonNode? Value(JsonObject op, string kind) =>
        op.TryGetPropertyValue("value", out var value) ? value?.DeepClone() : throw new FormatException($"json patch {kind} operation has no \"value\"");

    private static List<string> Tokens(string pointer)
    {
        if (pointer.Length == 0) return [];
        if (pointer[0] != '/') throw new InvalidOperationException($"JSON pointer must start with '/': {pointer}");
        return pointer[1..].Split('/').Select(t => t.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal)).ToList();
    }

    private static JsonNode? Get(JsonNode root, string pointer)
    {
        JsonNode? node = root;
        foreach (var token in Tokens(pointer))
        {
            node = node switch
            {
                JsonObject o when o.TryGetPropertyValue(token, out var child) => child,
                JsonArray a when int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < a.Count => a[i],
                _ => throw new InvalidOperationException($"missing value at {pointer}"),
            };
        }
        return node;
    }

    private static (JsonNode Parent, string Last) Parent(JsonNode root, string pointer)
    {
        var tokens = Tokens(pointer);
        if (tokens.Count == 0) throw new InvalidOperationException("cannot operate on the document root");
        JsonNode? parent = root;
        foreach (var token in tokens.Take(tokens.Count - 1))
        {
            parent = parent switch
            {
                JsonObject o when o[token] is { } child => child,
                JsonArray a when int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < a.Count && a[i] is { } item => item,
                _ => throw new InvalidOperationException($"doc is missing path: \"{pointer}\": missing value"),
            };
        }
        return (parent!, tokens[^1]);
    }

    private static JsonNode Add(JsonNode root, string pointer, JsonNode? value)
    {
        if (pointer.Length == 0) return value ?? throw new InvalidOperationException("cannot replace the document with null");
        var (parent, last) = Parent(root, pointer);
        switch (parent)
        {
            case JsonObject o:
                o.Remove(last);
                o[last] = value;
                break;
            case JsonArray a when last == "-":
                a.Add(value);
                break;
            case JsonArray a when int.TryParse(last, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i <= a.Count:
                a.Insert(i, value);
                break;
            default:
                throw new InvalidOperationException($"add operation does not apply: doc is missing path: \"{pointer}\": missing value");
        }
        return root;
    }

    private static JsonNode RemoveAt(JsonNode root, string pointer, out JsonNode? removed)
    {
        var (parent, last) = Parent(root, pointer);
        switch (parent)
        {
            case JsonObject o when o.TryGetPropertyValue(last, out var v):
                removed = v;
                o.Remove(last);
                return root;
            case JsonArray a when int.TryParse(last, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < a.Count:
                removed = a[i];
                a.RemoveAt(i);
                return root;
            default:
                throw new InvalidOperationException($"doc is missing path: \"{pointer}\": missing value");
        }
    }
}
