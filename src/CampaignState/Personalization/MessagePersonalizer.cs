using WhatsAppCampaigns.CampaignState.Recipients.Columns;
using WhatsAppCampaigns.CampaignState.Snapshot;

namespace WhatsAppCampaigns.CampaignState.Personalization;

/// <summary>
/// Fills a campaign message's <c>{{variables}}</c> from a row's cells, or the declared defaults;
/// pure. Built once per run by <see cref="Compile"/>, which checks every variable against the
/// file's columns up front, so a typo stops the campaign before anyone is messaged instead of
/// marking every row.
/// </summary>
public sealed class MessagePersonalizer
{
    /// <summary>The Cloud API's limit on <c>text.body</c>, in characters (UTF-16 code units here, which never undercounts).</summary>
    public const int MaxTextLength = 4096;

    private readonly CampaignMessage _message;
    private readonly TextTemplate? _text;
    private readonly TextTemplate[][] _parameters; // [component][parameter]
    private readonly (string Key, string Name, int? Column, string? Default)[] _variables;

    private MessagePersonalizer(CampaignMessage message, TextTemplate? text, TextTemplate[][] parameters,
        (string, string, int?, string?)[] variables)
    {
        _message = message;
        _text = text;
        _parameters = parameters;
        _variables = variables;
    }

    /// <summary>Variable keys (snake_case) the message uses, each once.</summary>
    public IEnumerable<string> VariableKeys => _variables.Select(v => v.Key);

    /// <summary>Parses the message's texts and resolves each variable to a column or a default.</summary>
    /// <param name="message">The campaign message.</param>
    /// <param name="defaults">Declared defaults by variable name (matched by snake_case alias).</param>
    /// <param name="columns">The file's columns.</param>
    /// <exception cref="PersonalizationException">A placeholder is malformed, or names neither a column nor a default.</exception>
    public static MessagePersonalizer Compile(CampaignMessage message, IReadOnlyDictionary<string, string>? defaults,
        RecipientColumns columns)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(columns);
        var templates = new List<(string Field, TextTemplate Template)>();
        TextTemplate? text = null;
        if (message.Text is { } body)
        {
            text = TextTemplate.Parse(body, "message.text");
            templates.Add(("message.text", text));
            var literal = text.Segments.Where(s => !s.IsVariable).Sum(s => s.Text.Length);
            if (literal > MaxTextLength)
                throw new PersonalizationException($"message.text: {literal:N0} characters before any variable is filled; WhatsApp allows {MaxTextLength:N0}");
        }
        var components = message.Template?.Components ?? [];
        var parameters = new TextTemplate[components.Count][];
        for (var c = 0; c < components.Count; c++)
        {
            var list = components[c].Parameters ?? [];
            parameters[c] = new TextTemplate[list.Count];
            for (var p = 0; p < list.Count; p++)
            {
                var field = $"message.template.components[{c}].parameters[{p}].text";
                parameters[c][p] = TextTemplate.Parse(list[p].Text, field);
                templates.Add((field, parameters[c][p]));
            }
        }

        var defaultsByKey = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, value) in defaults ?? new Dictionary<string, string>())
            defaultsByKey.TryAdd(HeaderNames.SnakeAlias(name), value);

        var variables = new List<(string, string, int?, string?)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var unknown = new List<string>();
        foreach (var (field, template) in templates)
        {
            foreach (var segment in template.Segments.Where(s => s.IsVariable))
            {
                var key = segment.Key!;
                var column = columns.VariableColumn(key);
                var fallback = defaultsByKey.GetValueOrDefault(key);
                if (column is null && fallback is null) unknown.Add($"{field} uses {{{{{segment.Text}}}}}");
                else if (seen.Add(key)) variables.Add((key, segment.Text, column, fallback));
            }
        }
        if (unknown.Count > 0)
        {
            throw new PersonalizationException(
                $"{string.Join("; ", unknown)}: no column or declared default has that name; "
                + $"variables from columns: {List(columns.VariableNames)}; declared defaults: {List(defaultsByKey.Keys)}; "
                + $"the phone column '{columns.PhoneHeader}' is not a variable");
        }
        return new MessagePersonalizer(message, text, parameters, [.. variables]);
    }

    /// <summary>The message for a row, or the variables it lacks.</summary>
    /// <param name="cells">The row's cells, aligned with the header the columns were resolved from (untrimmed; a shorter row's missing cells read as empty).</param>
    public PersonalizationResult Personalize(IReadOnlyList<string> cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        if (_variables.Length == 0) return new PersonalizationResult(_message, []);
        var values = new Dictionary<string, string>(_variables.Length, StringComparer.Ordinal);
        List<string>? missing = null;
        foreach (var (key, name, column, fallback) in _variables)
        {
            var cell = column is { } index && index < cells.Count ? cells[index].Trim() : "";
            if (cell.Length > 0) values[key] = cell;
            else if (fallback is not null) values[key] = fallback;
            else (missing ??= []).Add(name);
        }
        if (missing is not null) return new PersonalizationResult(null, missing);
        var message = Render(key => values[key]);
        if (message.Text is { Length: > MaxTextLength } tooLong)
        {
            return new PersonalizationResult(null, []) { TooLong = $"the personalized text is {tooLong.Length:N0} characters; WhatsApp allows {MaxTextLength:N0}" };
        }
        return new PersonalizationResult(message, []);
    }

    private CampaignMessage Render(Func<string, string> valueOf)
    {
        if (_text is not null) return _message with { Text = _text.Render(valueOf) };
        var template = _message.Template!;
        var components = template.Components!.Select((component, c) => component with
        {
            Parameters = component.Parameters?.Select((parameter, p) => parameter with { Text = _parameters[c][p].Render(valueOf) }).ToArray(),
        }).ToArray();
        return _message with { Template = template with { Components = components } };
    }

    private static string List(IEnumerable<string> names)
    {
        var list = names.ToList();
        return list.Count == 0 ? "(none)" : string.Join(", ", list);
    }
}
