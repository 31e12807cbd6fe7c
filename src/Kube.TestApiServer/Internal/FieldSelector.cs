using System.Text.Json.Nodes;

namespace Kube.TestApiServer.Internal;

/// <summary>A parsed fieldSelector (<c>=</c>, <c>==</c>, <c>!=</c>, comma = AND) over supported field labels.</summary>
internal sealed class FieldSelector
{
    private readonly List<(string Field, bool Equal, string Value)> _terms;

    private FieldSelector(List<(string, bool, string)> terms) => _terms = terms;

    public static readonly FieldSelector Everything = new([]);

    public bool IsEmpty => _terms.Count == 0;

    /// <summary>The name an equality term on metadata.name asks for, if any (one-object watches).</summary>
    public string? ExactName => _terms.FirstOrDefault(t => t.Field == "metadata.name" && t.Equal).Value;

    /// <exception cref="ApiException">400 for a malformed term or an unsupported field label.</exception>
    public static FieldSelector Parse(string? text, ResourceType type)
    {
        if (string.IsNullOrWhiteSpace(text)) return Everything;
        var terms = new List<(string, bool, string)>();
        foreach (var raw in text.Split(','))
        {
            var part = raw.Trim();
            string field, value;
            bool equal;
            int at;
            if ((at = part.IndexOf("!=", StringComparison.Ordinal)) > 0) { equal = false; field = part[..at]; value = part[(at + 2)..]; }
            else if ((at = part.IndexOf("==", StringComparison.Ordinal)) > 0) { equal = true; field = part[..at]; value = part[(at + 2)..]; }
            else if ((at = part.IndexOf('=', StringComparison.Ordinal)) > 0) { equal = true; field = part[..at]; value = part[(at + 1)..]; }
            else throw Errors.BadRequest($"invalid selector: '{text}'; can't understand '{part}'");
            field = field.Trim();
            if (field != "metadata.name" && field != "metadata.namespace" && !type.SelectableFields.Contains(field))
                throw Errors.BadRequest($"field label not supported: {field}");
            terms.Add((field, equal, value.Trim()));
        }
        return new FieldSelector(terms);
    }

    public bool Matches(JsonObject obj)
    {
        foreach (var (field, equal, value) in _terms)
        {
            var actual = Read(obj, field);
            if ((actual == value) != equal) return false;
        }
        return true;
    }

    /// <summary>Reads a dotted path as the field-label string (missing = empty).</summary>
    public static string Read(JsonObject obj, string path)
    {
        JsonNode? node = obj;
        foreach (var segment in path.Split('.'))
        {
            node = node is JsonObject o ? o[segment] : null;
            if (node is null) return "";
        }
        return node is JsonValue v && v.TryGetValue<string>(out var s) ? s : node.ToJsonString();
    }
}
