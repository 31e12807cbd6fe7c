namespace WhatsAppCampaigns.SenderWorker.Recipients.Planning;

/// <summary>Counts outcomes as rows are planned; reason tallies are bounded by the reason vocabulary.</summary>
public sealed class RecipientSummaryBuilder
{
    private const int TopReasons = 5;
    private readonly Dictionary<string, long> _invalidReasons = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> _missingVariables = new(StringComparer.Ordinal);
    private long _valid;
    private long _invalid;
    private long _duplicate;
    private long _missing;

    /// <summary>Counts one planned row.</summary>
    public void Add(PlannedRecipient planned)
    {
        ArgumentNullException.ThrowIfNull(planned);
        switch (planned.Outcome)
        {
            case RecipientOutcome.Valid:
                _valid++;
                break;
            case RecipientOutcome.Invalid:
                _invalid++;
                Tally(_invalidReasons, planned.Reason ?? "INVALID");
                break;
            case RecipientOutcome.Duplicate:
                _duplicate++;
                break;
            case RecipientOutcome.MissingVariable:
                _missing++;
                foreach (var name in planned.MissingVariables ?? []) Tally(_missingVariables, name);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(planned), planned.Outcome, "unknown outcome");
        }
    }

    /// <summary>A row counted valid turned out to repeat an earlier row's recipient (answered at claim time).</summary>
    public void ValidTurnedDuplicate()
    {
        _valid--;
        _duplicate++;
    }

    /// <summary>The counts so far.</summary>
    public RecipientSummary Build(string source, string description, string phoneColumn, long blankRows, long fallbackBytes) => new()
    {
        Source = source,
        Description = description,
        PhoneColumn = phoneColumn,
        RowsRead = _valid + _invalid + _duplicate + _missing,
        Valid = _valid,
        Invalid = _invalid,
        Duplicate = _duplicate,
        MissingVariable = _missing,
        BlankRowsSkipped = blankRows,
        FallbackBytes = fallbackBytes,
        TopInvalidReasons = Top(_invalidReasons),
        TopMissingVariables = Top(_missingVariables),
    };

    private static void Tally(Dictionary<string, long> tally, string key) =>
        tally[key] = tally.GetValueOrDefault(key) + 1;

    private static ReasonCount[] Top(Dictionary<string, long> tally) =>
        [.. tally.OrderByDescending(t => t.Value).ThenBy(t => t.Key, StringComparer.Ordinal).Take(TopReasons).Select(t => new ReasonCount(t.Key, t.Value))];
}
