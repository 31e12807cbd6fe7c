using WhatsAppCampaigns.CampaignState.Snapshot;

namespace WhatsAppCampaigns.CampaignState.Recipients.Columns;

/// <summary>
/// Chooses the phone and recipient id columns from the header and the campaign's mapping; pure.
/// </summary>
public static class RecipientColumnResolver
{
    /// <summary>Resolves the columns of <paramref name="file"/>.</summary>
    /// <param name="file">The file name, for messages.</param>
    /// <param name="headers">The header row (trimmed).</param>
    /// <param name="mapping">The campaign's explicit mapping, if any.</param>
    /// <exception cref="RecipientFileException">No phone column, or a mapped column is not in the header.</exception>
    public static RecipientColumns Resolve(string file, IReadOnlyList<string> headers, ColumnMapping? mapping)
    {
        ArgumentNullException.ThrowIfNull(headers);
        int phone;
        string choice;
        if (mapping?.Phone is { Length: > 0 } mappedPhone)
        {
            phone = Find(headers, mappedPhone)
                ?? throw new RecipientFileException(file,
                    $"the mapped phone column '{mappedPhone}' is not in the header; headers seen: {Quoted(headers)}");
            choice = $"column '{headers[phone]}' (mapped)";
        }
        else
        {
            phone = Detect(headers)
                ?? throw new RecipientFileException(file,
                    $"no phone column: headers seen: {Quoted(headers)}; looked for a header named like one of "
                    + $"{string.Join(", ", PhoneColumnAliases.All)} (or map one with recipients.columns.phone)");
            var others = headers.Where((h, i) => i != phone && PhoneColumnAliases.PreferenceOf(h) is not null).ToList();
            choice = $"column '{headers[phone]}' (detected"
                + (others.Count > 0 ? $"; also looked like phones: {Quoted(others)})" : ")");
        }
        int? recipientId = null;
        if (mapping?.RecipientId is { Length: > 0 } mappedId)
        {
            recipientId = Find(headers, mappedId)
                ?? throw new RecipientFileException(file,
                    $"the mapped recipient id column '{mappedId}' is not in the header; headers seen: {Quoted(headers)}");
        }
        return new RecipientColumns(headers, phone, choice, recipientId);
    }

    /// <summary>The best phone column: the leftmost of the most preferred alias group; null if none.</summary>
    public static int? Detect(IReadOnlyList<string> headers)
    {
        ArgumentNullException.ThrowIfNull(headers);
        int? best = null;
        var bestGroup = int.MaxValue;
        for (var i = 0; i < headers.Count; i++)
        {
            if (PhoneColumnAliases.PreferenceOf(headers[i]) is { } group && group < bestGroup)
            {
                best = i;
                bestGroup = group;
            }
        }
        return best;
    }

    // A mapping names a header exactly as written, or in any spelling that folds to the same key.
    private static int? Find(IReadOnlyList<string> headers, string name)
    {
        for (var i = 0; i < headers.Count; i++)
        {
            if (string.Equals(headers[i].Trim(), name.Trim(), StringComparison.OrdinalIgnoreCase)) return i;
        }
        var key = HeaderNames.MatchKey(name);
        for (var i = 0; i < headers.Count; i++)
        {
            if (key.Length > 0 && HeaderNames.MatchKey(headers[i]) == key) return i;
        }
        return null;
    }

    private static string Quoted(IEnumerable<string> headers)
    {
        var list = headers.Select(h => $"'{h}'").ToList();
        return list.Count == 0 ? "(none)" : string.Join(", ", list);
    }
}
