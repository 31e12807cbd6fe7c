using System.Globalization;
using WhatsAppCampaigns.CampaignState;

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
    public long Terminal => Invalid + Duplicate + MissingVariable + OptedOut + Sent + Failed + Unknown + NotSent;

    public bool AddsUp => Terminal == Rows;

    /// <summary>
    /// Fields of the progress hash, in a fixed order, then one <c>failedCode:{code}</c> per Cloud
    /// API error code that failed a recipient (absolute counts; they add up to <c>failed</c>).
    /// </summary>
    public IEnumerable<(string Field, long Value)> Fields() =>
    [
        (ProgressFields.Rows, Rows), (ProgressFields.Valid, Valid), (ProgressFields.Invalid, Invalid),
        (ProgressFields.Duplicate, Duplicate), (ProgressFields.MissingVariable, MissingVariable), (ProgressFields.OptedOut, OptedOut),
        (ProgressFields.Sent, Sent), (ProgressFields.AlreadySent, AlreadySent), (ProgressFields.Failed, Failed),
        (ProgressFields.Unknown, Unknown), (ProgressFields.NotSent, NotSent), (ProgressFields.Retries, Retries),
        .. (FailedByCode ?? []).Select(f => (ProgressFields.FailedCodePrefix + f.Code.ToString(CultureInfo.InvariantCulture), f.Count)),
    ];

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Rows} rows: {Sent} sent ({AlreadySent} in earlier runs), {Failed} failed, {Unknown} unknown, {OptedOut} opted out, {Invalid} invalid, {Duplicate} duplicate, {MissingVariable} missing a variable, {NotSent} not sent");
}
