namespace WhatsAppCampaigns.SenderWorker.Recipients;

/// <summary>Reason codes the readers and the planner give, besides the phone normalizer's own.</summary>
public static class RowProblemCodes
{
    /// <summary>The row is longer than <see cref="RecipientReaderLimits.MaxRecordLength"/>.</summary>
    public const string RowTooLong = "ROW_TOO_LONG";

    /// <summary>A cell is longer than <see cref="RecipientReaderLimits.MaxFieldLength"/>.</summary>
    public const string FieldTooLong = "FIELD_TOO_LONG";

    /// <summary>More cells than <see cref="RecipientReaderLimits.MaxFields"/>.</summary>
    public const string TooManyFields = "TOO_MANY_FIELDS";

    /// <summary>More cells than the header, so the values would land in the wrong columns.</summary>
    public const string ExtraFields = "EXTRA_FIELDS";

    /// <summary>A quoted cell never closes before the end of the file.</summary>
    public const string UnterminatedQuote = "UNTERMINATED_QUOTE";

    /// <summary>A cell holds NUL or other control characters: mixed encodings, or binary data.</summary>
    public const string ControlCharacters = "CONTROL_CHARACTERS";

    /// <summary>The phone cell is empty.</summary>
    public const string Empty = "EMPTY";

    /// <summary>The mapped recipient id cell is empty.</summary>
    public const string EmptyRecipientId = "EMPTY_RECIPIENT_ID";
}
