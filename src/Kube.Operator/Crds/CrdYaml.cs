using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using YamlDotNet.Serialization;

namespace Kube.Operator.Crds;

/// <summary>Writes JSON documents as YAML with stable key order and quotes only where YAML would misread a string.</summary>
public static class CrdYaml
{
    private static readonly ISerializer Serializer = new SerializerBuilder()
        .WithQuotingNecessaryStrings()
        .WithIndentedSequences()
        .Build();

    /// <summary>The YAML text of <paramref name="document"/>, after a comment line.</summary>
    /// <param name="document">The document.</param>
    /// <param name="headerComment">A comment for the first line, or null.</param>
    /// <returns>The YAML, ending in a newline.</returns>
    public static string Write(JsonNode document, string? headerComment = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        var body = Serializer.Serialize(ToPlain(document)).ReplaceLineEndings("\n");
        return headerComment is null ? body : $"# {headerComment}\n{body}";
    }

    private static object? ToPlain(JsonNode? node) => node switch
    {
        null => null,
        JsonObject obj => obj.ToDictionary(p => p.Key, p => ToPlain(p.Value)),
        JsonArray array => array.Select(ToPlain).ToList(),
        JsonValue value => value.GetValueKind() switch
        {
            JsonValueKind.String => value.GetValue<string>(),
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            JsonValueKind.Number => value.TryGetValue<long>(out var whole) ? whole
                : double.Parse(value.ToJsonString(), CultureInfo.InvariantCulture),
            _ => null,
        },
        _ => null,
    };
}
