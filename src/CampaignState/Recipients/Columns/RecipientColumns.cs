namespace WhatsAppCampaigns.CampaignState.Recipients.Columns;

/// <summary>
/// How a file's columns are used: which holds the phone, which (optionally) the recipient id, and
/// which variable names map to which column. Shared by every row of a file.
/// </summary>
public sealed class RecipientColumns
{
    private readonly Dictionary<string, int> _variables;

    /// <summary>Creates the column plan; use <see cref="RecipientColumnResolver.Resolve"/>.</summary>
    public RecipientColumns(IReadOnlyList<string> headers, int phoneIndex, string phoneChoice, int? recipientIdIndex)
    {
        ArgumentNullException.ThrowIfNull(headers);
        Headers = headers;
        PhoneIndex = phoneIndex;
        PhoneChoice = phoneChoice;
        RecipientIdIndex = recipientIdIndex;
        _variables = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < headers.Count; i++)
        {
            // Every column but the phone's is a variable, under its snake_case alias; the first
            // column wins when two headers fold to the same alias.
            if (i == phoneIndex) continue;
            var alias = HeaderNames.SnakeAlias(headers[i]);
            if (alias.Length > 0) _variables.TryAdd(alias, i);
        }
    }

    /// <summary>The header texts as read (trimmed); for a headerless TXT file, a single "phone".</summary>
    public IReadOnlyList<string> Headers { get; }

    /// <summary>Index of the phone column.</summary>
    public int PhoneIndex { get; }

    /// <summary>The phone column's header.</summary>
    public string PhoneHeader => Headers[PhoneIndex];

    /// <summary>How the phone column was chosen, in plain words (for summaries).</summary>
    public string PhoneChoice { get; }

    /// <summary>Index of the recipient id column, when one is mapped.</summary>
    public int? RecipientIdIndex { get; }

    /// <summary>Variable names (snake_case aliases) offered by the columns, in column order.</summary>
    public IEnumerable<string> VariableNames => _variables.OrderBy(v => v.Value).Select(v => v.Key);

    /// <summary>The column a variable name refers to (by snake_case alias), if any.</summary>
    public int? VariableColumn(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return _variables.TryGetValue(HeaderNames.SnakeAlias(name), out var index) ? index : null;
    }
}
