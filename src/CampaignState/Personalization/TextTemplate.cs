using System.Text;
using WhatsAppCampaigns.CampaignState.Recipients.Columns;

namespace WhatsAppCampaigns.CampaignState.Personalization;

/// <summary>
/// A text with <c>{{variable}}</c> placeholders, parsed once per campaign; pure. Rules (also in
/// README.md): a placeholder is <c>{{</c>, a name, <c>}}</c>, spaces around the name ignored; the
/// name is matched by its snake_case alias, so <c>{{First Name}}</c>, <c>{{first_name}}</c> and
/// <c>{{firstName}}</c> are the same variable; <c>\{{</c> writes a literal <c>{{</c>; any other
/// backslash and a lone <c>}}</c> are literal; values are inserted as they are, never re-expanded.
/// </summary>
public sealed class TextTemplate
{
    private TextTemplate(string source, IReadOnlyList<TemplateSegment> segments)
    {
        Source = source;
        Segments = segments;
    }

    /// <summary>The text as written.</summary>
    public string Source { get; }

    /// <summary>The literal and variable pieces, in order.</summary>
    public IReadOnlyList<TemplateSegment> Segments { get; }

    /// <summary>True when the text has at least one variable.</summary>
    public bool HasVariables => Segments.Any(s => s.IsVariable);

    /// <summary>Parses <paramref name="text"/>.</summary>
    /// <param name="text">The text as written.</param>
    /// <param name="field">The field it came from, e.g. "message.text", for errors.</param>
    /// <exception cref="PersonalizationException">An unclosed or empty placeholder; the message names the field and position.</exception>
    public static TextTemplate Parse(string text, string field)
    {
        ArgumentNullException.ThrowIfNull(text);
        var segments = new List<TemplateSegment>();
        var literal = new StringBuilder();
        var i = 0;
        while (i < text.Length)
        {
            var rest = text.AsSpan(i);
            if (rest.StartsWith("\\{{"))
            {
                literal.Append("{{");
                i += 3;
                continue;
            }
            if (!rest.StartsWith("{{"))
            {
                literal.Append(text[i++]);
                continue;
            }
            var end = text.IndexOf("}}", i + 2, StringComparison.Ordinal);
            if (end < 0)
                throw new PersonalizationException($"{field}: '{{{{' at character {i + 1} is never closed with '}}}}' (write \\{{{{ for a literal '{{{{')");
            var name = text[(i + 2)..end].Trim();
            var key = HeaderNames.SnakeAlias(name);
            if (name.Length == 0 || key.Length == 0 || name.AsSpan().IndexOfAny('{', '\n', '\r') >= 0)
                throw new PersonalizationException($"{field}: '{text[i..(end + 2)]}' at character {i + 1} is not a variable name (write \\{{{{ for a literal '{{{{')");
            if (literal.Length > 0)
            {
                segments.Add(new TemplateSegment(literal.ToString(), null));
                literal.Clear();
            }
            segments.Add(new TemplateSegment(name, key));
            i = end + 2;
        }
        if (literal.Length > 0) segments.Add(new TemplateSegment(literal.ToString(), null));
        return new TextTemplate(text, segments);
    }

    /// <summary>Writes the text with each variable replaced by <paramref name="valueOf"/>(key).</summary>
    public string Render(Func<string, string> valueOf)
    {
        ArgumentNullException.ThrowIfNull(valueOf);
        if (Segments.Count == 1 && !Segments[0].IsVariable) return Segments[0].Text;
        var builder = new StringBuilder();
        foreach (var segment in Segments)
            builder.Append(segment.Key is { } key ? valueOf(key) : segment.Text);
        return builder.ToString();
    }
}
