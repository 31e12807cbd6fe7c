using System.Globalization;

namespace WhatsAppCampaigns.SenderWorker.Recipients.Planning;

/// <summary>
/// What reading the recipients gave: every row read is counted in exactly one outcome, so
/// <see cref="Valid"/> + <see cref="Invalid"/> + <see cref="Duplicate"/> + <see cref="MissingVariable"/>
/// = <see cref="RowsRead"/>.
/// </summary>
public sealed record RecipientSummary
{
    /// <summary>The source as people know it.</summary>
    public required string Source { get; init; }

    /// <summary>How it was read ("CSV, delimiter ';', UTF-8").</summary>
    public required string Description { get; init; }

    /// <summary>Which column phone numbers were taken from, and how it was chosen.</summary>
    public required string PhoneColumn { get; init; }

    /// <summary>Data rows read (blank rows excluded).</summary>
    public long RowsRead { get; init; }

    /// <summary>Rows to be sent.</summary>
    public long Valid { get; init; }

    /// <summary>Rows that cannot be used.</summary>
    public long Invalid { get; init; }

    /// <summary>Rows repeating an earlier valid recipient.</summary>
    public long Duplicate { get; init; }

    /// <summary>Rows lacking a variable's value.</summary>
    public long MissingVariable { get; init; }

    /// <summary>Rows with nothing in any cell, skipped and not counted as rows.</summary>
    public long BlankRowsSkipped { get; init; }

    /// <summary>Bytes that were not valid UTF-8 and were read as Windows-1252.</summary>
    public long FallbackBytes { get; init; }

    /// <summary>The most common invalid reasons, most frequent first.</summary>
    public IReadOnlyList<ReasonCount> TopInvalidReasons { get; init; } = [];

    /// <summary>The variables most often missing, most frequent first.</summary>
    public IReadOnlyList<ReasonCount> TopMissingVariables { get; init; } = [];

    /// <summary>True when the outcome counts add up to the rows read (an invariant; false is a bug).</summary>
    public bool CountsAddUp => Valid + Invalid + Duplicate + MissingVariable == RowsRead;

    /// <summary>One line for the log and the Job's termination message.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Source}: {RowsRead} rows read: {Valid} valid, {Invalid} invalid, {Duplicate} duplicate, {MissingVariable} missing a variable");

    /// <summary>
    /// When no row is valid, why, in plain words: what was read, from which column, and the most
    /// common reasons; null when there is at least one valid recipient.
    /// </summary>
    public string? ZeroValidExplanation()
    {
        if (Valid > 0) return null;
        var c = CultureInfo.InvariantCulture;
        var parts = new List<string>
        {
            RowsRead == 0
                ? string.Create(c, $"no recipient to send to: {Source} has a header but no data rows")
                : string.Create(c, $"no recipient to send to: {RowsRead} rows were read from {Source}, none is valid"),
            $"read as {Description}",
            $"phone numbers taken from {PhoneColumn}",
        };
        if (BlankRowsSkipped > 0) parts.Add(string.Create(c, $"{BlankRowsSkipped} blank rows skipped"));
        if (Invalid > 0) parts.Add(string.Create(c, $"{Invalid} invalid (most common: {Reasons(TopInvalidReasons)})"));
        if (Duplicate > 0) parts.Add(string.Create(c, $"{Duplicate} duplicates"));
        if (MissingVariable > 0) parts.Add(string.Create(c, $"{MissingVariable} missing a variable (most often: {Reasons(TopMissingVariables)})"));
        if (RowsRead > 0 && Invalid == RowsRead)
            parts.Add("if that column is not the phone numbers, name the right one in recipients.columns.phone");
        if (FallbackBytes > 0)
            parts.Add(string.Create(c, $"{FallbackBytes} bytes were not valid UTF-8 (read as Windows-1252; set recipients.encoding if that is wrong)"));
        return string.Join("; ", parts);
    }

    private static string Reasons(IReadOnlyList<ReasonCount> reasons) =>
        string.Join(", ", reasons.Select(r => string.Create(CultureInfo.InvariantCulture, $"{r.Reason} {r.Count}")));
}
