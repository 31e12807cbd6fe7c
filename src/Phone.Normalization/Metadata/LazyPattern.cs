using System.Text.RegularExpressions;

namespace Phone.Normalization.Metadata;

/// <summary>
/// One metadata regex, compiled on first use. The metadata holds about 3,000 patterns and a
/// process typically touches a handful of regions, so nothing is compiled up front.
/// </summary>
/// <remarks>
/// Google's patterns are unanchored Java/JS regexes; libphonenumber uses them either as full
/// matches (<c>matches()</c>) or as prefix matches (<c>lookingAt()</c>), so the anchors are added
/// here. <c>\d</c> becomes <c>[0-9]</c> because in .NET it would also accept every Unicode digit;
/// the inputs are normalized to ASCII digits before any of these run.
/// </remarks>
internal sealed class LazyPattern(string source, bool fullMatch)
{
    private Regex? regex;

    /// <summary>The pattern as it appears in the metadata.</summary>
    public string Source { get; } = source;

    /// <summary>The anchored, compiled regex.</summary>
    public Regex Regex => Volatile.Read(ref regex) ?? Build();

    /// <summary>True when the whole of <paramref name="digits"/> matches (full) or a prefix of it matches.</summary>
    public bool IsMatch(string digits) => Regex.IsMatch(digits);

    private Regex Build()
    {
        var body = Source.Replace(@"\d", "[0-9]", StringComparison.Ordinal);
        var anchored = fullMatch ? $@"\A(?:{body})\z" : $@"\A(?:{body})";
        // Interpreted, culture-invariant: these run on strings of at most 17 digits. Measured with
        // bench/Phone.Benchmarks, RegexOptions.Compiled was no faster overall (its build cost is
        // milliseconds per pattern) and NonBacktracking was slower for these short inputs.
        var built = new Regex(anchored, RegexOptions.CultureInvariant);
        return Interlocked.CompareExchange(ref regex, built, null) ?? built;
    }
}
