using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Charts.Tests.Support;

/// <summary>
/// Manifests (multi-document YAML, as <c>helm template</c> prints them) as JSON objects, the form
/// the API server receives. Scalars are typed by the YAML 1.2 core schema, as the API server's
/// decoder reads them: plain <c>3</c> is a number, plain <c>true</c> a boolean, plain
/// <c>null</c>/<c>~</c>/empty a null, anything quoted a string (plain <c>yes</c>/<c>on</c> stay strings).
/// </summary>
/// <remarks>
/// KubernetesClient's <c>KubernetesYaml</c> loads typed models chosen by kind; the chart renders
/// kinds it has no model for (ServiceMonitor) and the tests compare fields as the server stores them.
/// </remarks>
internal static partial class YamlDocuments
{
    /// <summary>Every non-empty document of <paramref name="content"/>, in order.</summary>
    public static IReadOnlyList<JsonObject> LoadAll(string content)
    {
        var stream = new YamlStream();
        using var reader = new StringReader(content);
        stream.Load(reader);
        return stream.Documents
            .Select(d => Convert(d.RootNode))
            .OfType<JsonObject>()
            // Round-trip through text so every value is JSON-backed like a parsed request body.
            .Select(o => JsonNode.Parse(o.ToJsonString())!.AsObject())
            .ToList();
    }

    private static JsonNode? Convert(YamlNode node) => node switch
    {
        YamlMappingNode map => new JsonObject(map.Children.Select(kv =>
            KeyValuePair.Create(((YamlScalarNode)kv.Key).Value ?? "", Convert(kv.Value)))),
        YamlSequenceNode seq => new JsonArray(seq.Children.Select(Convert).ToArray()),
        YamlScalarNode scalar => Scalar(scalar),
        _ => null,
    };

    private static JsonValue? Scalar(YamlScalarNode scalar)
    {
        var value = scalar.Value ?? "";
        if (scalar.Style is not ScalarStyle.Plain and not ScalarStyle.Any) return JsonValue.Create(value);
        switch (value)
        {
            case "" or "~" or "null" or "Null" or "NULL": return null;
            case "true" or "True" or "TRUE": return JsonValue.Create(true);
            case "false" or "False" or "FALSE": return JsonValue.Create(false);
        }
        if (long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l)) return JsonValue.Create(l);
        if (FloatPattern().IsMatch(value) && double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var d))
            return JsonValue.Create(d);
        return JsonValue.Create(value);
    }

    [GeneratedRegex(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$")]
    private static partial Regex FloatPattern();
}
