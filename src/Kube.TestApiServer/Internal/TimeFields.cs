using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Kube.TestApiServer.Internal;

/// <summary>
/// The metav1.Time and metav1.MicroTime fields of the built-in kinds, decoded and re-encoded as
/// kube-apiserver's Go types do: Time accepts any RFC 3339 value and is written back in UTC to the
/// second; MicroTime is parsed with the fixed layout <c>2006-01-02T15:04:05.000000Z07:00</c>, so it must
/// carry exactly six fractional digits (a whole-second or millisecond value is a 400), and is written back
/// in UTC. Custom resources are stored as sent; their date-time strings are not touched.
/// </summary>
internal static partial class TimeFields
{
    private const string TimeLayout = "2006-01-02T15:04:05Z07:00";
    private const string MicroTimeLayout = "2006-01-02T15:04:05.000000Z07:00";

    // "*" is every element of an array or every value of a map.
    private static readonly string[][] TimePaths =
    [
        ["status", "startTime"], ["status", "completionTime"],
        ["status", "conditions", "*", "lastProbeTime"], ["status", "conditions", "*", "lastTransitionTime"],
        ["status", "conditions", "*", "lastUpdateTime"], ["status", "conditions", "*", "lastHeartbeatTime"],
        ["status", "disruptedPods", "*"],
        ["firstTimestamp"], ["lastTimestamp"], ["deprecatedFirstTimestamp"], ["deprecatedLastTimestamp"],
        .. ContainerStateTimes(),
    ];

    private static readonly string[][] MicroTimePaths =
    [
        ["eventTime"], ["series", "lastObservedTime"], ["spec", "acquireTime"], ["spec", "renewTime"],
    ];

    /// <summary>Rewrites the time fields of a built-in object in place.</summary>
    /// <exception cref="ApiException">400 when a value does not parse, with Go's message.</exception>
    public static void Normalize(ResourceType type, JsonObject obj)
    {
        if (type.IsCustom) return;
        foreach (var path in TimePaths) Visit(obj, path, 0, value => NormalizeTime(type, value));
        foreach (var path in MicroTimePaths) Visit(obj, path, 0, value => NormalizeMicroTime(type, value));
    }

    private static IEnumerable<string[]> ContainerStateTimes()
    {
        foreach (var list in new[] { "containerStatuses", "initContainerStatuses", "ephemeralContainerStatuses" })
        foreach (var state in new[] { "state", "lastState" })
        {
            yield return ["status", list, "*", state, "running", "startedAt"];
            yield return ["status", list, "*", state, "terminated", "startedAt"];
            yield return ["status", list, "*", state, "terminated", "finishedAt"];
        }
    }

    private static void Visit(JsonNode? node, string[] path, int depth, Func<string, string> rewrite)
    {
        if (node is null) return;
        var step = path[depth];
        var last = depth == path.Length - 1;
        if (step == "*")
        {
            switch (node)
            {
                case JsonArray array:
                    for (var i = 0; i < array.Count; i++)
                    {
                        if (last) array[i] = Rewritten(array[i], rewrite);
                        else Visit(array[i], path, depth + 1, rewrite);
                    }
                    break;
                case JsonObject map:
                    foreach (var key in map.Select(p => p.Key).ToList())
                    {
                        if (last) map[key] = Rewritten(map[key], rewrite);
                        else Visit(map[key], path, depth + 1, rewrite);
                    }
                    break;
            }
            return;
        }
        if (node is not JsonObject obj || !obj.ContainsKey(step)) return;
        if (last) obj[step] = Rewritten(obj[step], rewrite);
        else Visit(obj[step], path, depth + 1, rewrite);
    }

    // null is Go's zero time and stays null; only strings are times.
    private static JsonNode? Rewritten(JsonNode? value, Func<string, string> rewrite) =>
        value is JsonValue v && v.TryGetValue<string>(out var text) ? JsonValue.Create(rewrite(text)) : value?.DeepClone();

    /// <summary>metav1.Time: any RFC 3339 value (fraction optional, any offset) → UTC, whole seconds.</summary>
    public static string NormalizeTime(ResourceType type, string value)
    {
        var match = Rfc3339().Match(value);
        if (!match.Success) throw ParseError(type, value, TimeLayout, value, "2006");
        return KubeTime.Format(ToInstant(match));
    }

    /// <summary>metav1.MicroTime: exactly six fractional digits → UTC, six digits.</summary>
    public static string NormalizeMicroTime(ResourceType type, string value)
    {
        var match = Rfc3339().Match(value);
        if (!match.Success) throw ParseError(type, value, MicroTimeLayout, value, "2006");
        var fraction = match.Groups["fraction"].Value;
        if (fraction.Length != 6)
        {
            // Go reads ".000000" as exactly six digits: too few fail there, too many fail at the zone.
            var rest = value[match.Groups["seconds"].Index..][2..];
            throw fraction.Length < 6
                ? ParseError(type, value, MicroTimeLayout, rest, ".000000")
                : ParseError(type, value, MicroTimeLayout, rest[7..], "Z07:00");
        }
        return KubeTime.FormatMicro(ToInstant(match));
    }

    private static DateTimeOffset ToInstant(Match match)
    {
        var whole = DateTimeOffset.ParseExact(match.Groups["whole"].Value + match.Groups["zone"].Value,
            "yyyy-MM-dd'T'HH:mm:ssK", CultureInfo.InvariantCulture);
        var fraction = match.Groups["fraction"].Value;
        var ticks = fraction.Length == 0 ? 0 : long.Parse((fraction + "0000000")[..7], CultureInfo.InvariantCulture);
        return whole.AddTicks(ticks).ToUniversalTime();
    }

    private static ApiException ParseError(ResourceType type, string value, string layout, string rest, string element) =>
        Errors.BadRequest($"{type.Kind} in version \"{type.Version}\" cannot be handled as a {type.Kind}: " +
            $"parsing time \"{value}\" as \"{layout}\": cannot parse \"{rest}\" as \"{element}\"");

    [GeneratedRegex(@"^(?<whole>\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:(?<seconds>\d{2}))(\.(?<fraction>\d+))?(?<zone>Z|[+-]\d{2}:\d{2})$")]
    private static partial Regex Rfc3339();
}
