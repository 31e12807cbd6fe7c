namespace Kube.TestApiServer.Internal;

/// <summary>
/// A parsed labelSelector: requirements ANDed, as in k8s.io/apimachinery/pkg/labels.
/// Grammar: <c>k=v</c>, <c>k==v</c>, <c>k!=v</c>, <c>k in (a,b)</c>, <c>k notin (a,b)</c>, <c>k</c>, <c>!k</c>.
/// </summary>
internal sealed class LabelSelector
{
    private readonly List<Requirement> _requirements;

    private LabelSelector(List<Requirement> requirements) => _requirements = requirements;

    public static readonly LabelSelector Everything = new([]);

    public bool IsEmpty => _requirements.Count == 0;

    public bool Matches(IReadOnlyDictionary<string, string> labels) => _requirements.All(r => r.Matches(labels));

    /// <exception cref="ApiException">400 BadRequest naming the bad requirement.</exception>
    public static LabelSelector Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return Everything;
        var requirements = new List<Requirement>();
        foreach (var part in SplitTopLevel(text))
        {
            var p = part.Trim();
            if (p.Length == 0) throw Fail(text, "empty requirement");
            requirements.Add(ParseRequirement(p, text));
        }
        return new LabelSelector(requirements);
    }

    /// <summary>Splits on commas that are not inside parentheses.</summary>
    private static List<string> SplitTopLevel(string text)
    {
        var parts = new List<string>();
        var depth = 0;
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '(') depth++;
            else if (text[i] == ')') depth--;
            else if (text[i] == ',' && depth == 0)
            {
                parts.Add(text[start..i]);
                start = i + 1;
            }
        }
        parts.Add(text[start..]);
        return parts;
    }

    private static Requirement ParseRequirement(string p, string whole)
    {
        if (p.StartsWith('!'))
        {
            var key = p[1..].Trim();
            ValidateKey(key, whole);
            return new Requirement(key, Op.DoesNotExist, []);
        }
        var setMatch = System.Text.RegularExpressions.Regex.Match(p, @"^(\S+)\s+(in|notin)\s*\((.*)\)$");
        if (setMatch.Success)
        {
            var key = setMatch.Groups[1].Value;
            ValidateKey(key, whole);
            var values = setMatch.Groups[3].Value.Split(',').Select(v => v.Trim()).Where(v => v.Length > 0).ToHashSet(StringComparer.Ordinal);
            foreach (var v in values) ValidateValue(v, whole);
            return new Requirement(key, setMatch.Groups[2].Value == "in" ? Op.In : Op.NotIn, values);
        }
        foreach (var (token, op) in new[] { ("!=", Op.NotEquals), ("==", Op.Equals), ("=", Op.Equals) })
        {
            var at = p.IndexOf(token, StringComparison.Ordinal);
            if (at < 0) continue;
            var key = p[..at].Trim();
            var value = p[(at + token.Length)..].Trim();
            ValidateKey(key, whole);
            ValidateValue(value, whole);
            return new Requirement(key, op, [value]);
        }
        if (p.Contains('(') || p.Contains(' ') || p.Contains('<') || p.Contains('>')) throw Fail(whole, $"unable to parse requirement: {p}");
        ValidateKey(p, whole);
        return new Requirement(p, Op.Exists, []);
    }

    private static void ValidateKey(string key, string whole)
    {
        if (!NameValidation.IsQualifiedName(key)) throw Fail(whole, $"unable to parse requirement: invalid label key \"{key}\"");
    }

    private static void ValidateValue(string value, string whole)
    {
        if (!NameValidation.IsLabelValue(value)) throw Fail(whole, $"unable to parse requirement: invalid label value: \"{value}\"");
    }

    private static ApiException Fail(string whole, string why) =>
        Errors.BadRequest($"couldn't parse the selector string \"{whole}\": {why}");

    private enum Op { Equals, NotEquals, In, NotIn, Exists, DoesNotExist }

    private sealed record Requirement(string Key, Op Operator, HashSet<string> Values)
    {
        public bool Matches(IReadOnlyDictionary<string, string> labels)
        {
            var has = labels.TryGetValue(Key, out var value);
            return Operator switch
            {
                Op.Equals or Op.In => has && Values.Contains(value!),
                Op.NotEquals or Op.NotIn => !has || !Values.Contains(value!),
                Op.Exists => has,
                _ => !has,
            };
        }
    }
}
