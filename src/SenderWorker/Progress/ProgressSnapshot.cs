using System.Globalization;

namespace WhatsAppCampaigns.SenderWorker.Progress;

/// <summary>
/// The counts of a run. Every row read ends in exactly one of invalid, duplicate, missingVariable,
/// optedOut, sent, failed, unknown or notSent (stopped before it was sent), so they add up to rows
/// once the run is over. <see cref="AlreadySent"/> is the part of <see cref="Sent"/> sent by an earlier run;
/// <see cref="FailedByCode"/> splits <see cref="Failed"/> by Cloud API error code (ascending).
/// </summary>
internal sealed record ProgressSnapshot(long Rows, long Valid, long Invalid, long Duplicate, long MissingVariable,
    long OptedOut, long Sent, long AlreadySent, long Failed, long Unknown, long NotSent, long Retries,
    IReadOnlyList<(int Code, long Count)>? FailedByCode = null)
{
    /// <summary>Prefix of the progress hash fields holding per-code failure counts: <c>failedCode:131026</c>.</summary>
    public const string FailedCodePrefix = "failedCode:";

    public long Terminal => Invalid + Duplicate + MissingVariable + OptedOut + Sent + Failed + Unknown + NotSent;

    public bool AddsUp => Terminal == Rows;

    /// <summary>
    /// Fields of the progress hash, in a fixed order, then one <c>failedCode:{code}</c> per Cloud
    /// API error code that failed a recipient (absolute counts; they add up to <c>failed</c>).
    /// </summary>
    public IEnumerable<(string Field, long Value)> Fields() =>
    [
        ("rows", Rows), ("valid", Valid), ("invalid", Invalid), ("duplicate", Duplicate), ("missingVariable", MissingVariable),
        ("optedOut", OptedOut), ("sent", Sent), ("alreadySent", AlreadySent), ("failed", Failed), ("unknown", Unknown),
        ("notSent", NotSent), ("retries", Retries),
        .. (FailedByCode ?? []).Select(f => (FailedCodePrefix + f.Code.ToString(CultureInfo.InvariantCulture), f.Count)),
    ];

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Rows} rows: {Sent} sent ({AlreadySent} in earlier runs), {Failed} failed, {Unknown} unknown, {OptedOut} opted out, {Invalid} invalid, {Duplicate} duplicate, {MissingVariable} missing a variable, {NotSent} not sent");
}
