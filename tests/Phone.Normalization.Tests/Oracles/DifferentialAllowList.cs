namespace Phone.Normalization.Tests.Oracles;

/// <summary>
/// The known, explained disagreements with the oracles. Each entry names what differs and why;
/// anything else fails the differential tests.
/// </summary>
internal static class DifferentialAllowList
{
    private static readonly (Func<Disagreement, bool> Applies, string Reason)[] Entries =
    [
        (d => d.Field == "outcome" && IsJsNumberRounding(d.Ours, d.Theirs),
            "NSN of 16+ digits: google-libphonenumber keeps the national number in a JS Number, which rounds above 2^53 " +
            "(Google's FAQ); libphonenumber-csharp keeps it in a ulong"),
        (d => d.Case.Source == "messy input" && d.Case.Input.Any(c => c is >= '\u0966' and <= '\u096F'),
            "Devanagari digits: Google's JS build only knows ASCII, full-width and Arabic-Indic/Persian digits; Google's Java " +
            "(and python-phonenumbers) accept any Unicode decimal digit, as libphonenumber-csharp does"),
    ];

    private static bool IsJsNumberRounding(string ours, string theirs) =>
        ours.Length == theirs.Length && ours.Length > 17 && ours.StartsWith('+') && theirs.StartsWith('+')
        && ours[..^2] == theirs[..^2];

    /// <summary>The reason a disagreement is expected, or null when it is not.</summary>
    public static string? Explain(Disagreement disagreement) =>
        Entries.FirstOrDefault(e => e.Applies(disagreement)).Reason;
}
