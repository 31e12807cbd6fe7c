namespace WhatsAppCampaigns.CampaignState.Recipients.Formats;

/// <summary>
/// Picks the delimiter of a delimited text from its first lines; pure. A candidate that splits
/// every sampled line into the same number of cells wins (most cells first, then the order
/// , ; tab |); failing that, the one splitting the header into the most cells; null when no
/// candidate appears (a one-column file).
/// </summary>
public static class DelimiterDetector
{
    /// <summary>The candidates, in tie-break order.</summary>
    public static IReadOnlyList<char> Candidates { get; } = [',', ';', '\t', '|'];

    private const int MaxLines = 20;

    /// <summary>Detects the delimiter from <paramref name="sample"/>, the start of the text.</summary>
    /// <param name="sample">The first characters of the file (a partial last line is ignored unless it is the only one).</param>
    public static char? Detect(string sample)
    {
        ArgumentNullException.ThrowIfNull(sample);
        var lines = Lines(sample);
        if (lines.Count == 0) return null;
        char? best = null;
        var bestCells = 0;
        foreach (var candidate in Candidates)
        {
            var counts = lines.Select(line => CountOutsideQuotes(line, candidate)).ToList();
            if (counts[0] > 0 && counts.All(c => c == counts[0]) && counts[0] > bestCells)
            {
                best = candidate;
                bestCells = counts[0];
            }
        }
        if (best is not null) return best;
        foreach (var candidate in Candidates)
        {
            var count = CountOutsideQuotes(lines[0], candidate);
            if (count > bestCells)
            {
                best = candidate;
                bestCells = count;
            }
        }
        return best;
    }

    private static List<string> Lines(string sample)
    {
        var lines = new List<string>();
        var inQuotes = false;
        var start = 0;
        for (var i = 0; i < sample.Length && lines.Count < MaxLines; i++)
        {
            var c = sample[i];
            if (c == '"') inQuotes = !inQuotes;
            else if (!inQuotes && c is '\n' or '\r')
            {
                if (!string.IsNullOrWhiteSpace(sample[start..i])) lines.Add(sample[start..i]);
                start = i + 1;
            }
        }
        // A last line cut off by the sample end is only trusted when it is all there is.
        if (lines.Count == 0 && start < sample.Length && !string.IsNullOrWhiteSpace(sample[start..]))
            lines.Add(sample[start..]);
        return lines;
    }

    private static int CountOutsideQuotes(string line, char delimiter)
    {
        var count = 0;
        var inQuotes = false;
        foreach (var c in line)
        {
            if (c == '"') inQuotes = !inQuotes;
            else if (c == delimiter && !inQuotes) count++;
        }
        return count;
    }
}
