namespace Phone.Normalization.Metadata;

/// <summary>Google's <c>NumberFormat</c>: how to lay out NSNs that start with given digits.</summary>
internal sealed class NumberFormatRule(
    LazyPattern pattern, string format, string internationalFormat, LazyPattern? leadingDigits, string? nationalPrefixFormattingRule)
{
    /// <summary>Full-match pattern whose groups are the blocks of the number.</summary>
    public LazyPattern Pattern { get; } = pattern;

    /// <summary>National layout, e.g. <c>($1) $2-$3</c>.</summary>
    public string Format { get; } = format;

    /// <summary>International layout, e.g. <c>$1-$2-$3</c> (same as <see cref="Format"/> when the metadata has none).</summary>
    public string InternationalFormat { get; } = internationalFormat;

    /// <summary>The most specific leading-digits pattern (prefix match), null when the rule applies to any number.</summary>
    public LazyPattern? LeadingDigits { get; } = leadingDigits;

    /// <summary>How the national prefix joins the first group in national format, e.g. <c>0$1</c>.</summary>
    public string? NationalPrefixFormattingRule { get; } = nationalPrefixFormattingRule;
}
