namespace Phone.Normalization.Metadata;

/// <summary>Google's <c>PhoneMetadata</c> for one region (or one non-geographic calling code, id "001").</summary>
internal sealed class RegionMetadata
{
    public required string Id { get; init; }

    public required int CountryCode { get; init; }

    /// <summary>IDD regex (prefix match), e.g. <c>00</c>, <c>011</c>, <c>810</c>; null for non-geographic entities.</summary>
    public LazyPattern? InternationalPrefix { get; init; }

    public string? PreferredInternationalPrefix { get; init; }

    public required NumberDesc General { get; init; }

    public string? NationalPrefix { get; init; }

    /// <summary>National prefix for parsing (prefix match); the national prefix itself when the metadata has none.</summary>
    public LazyPattern? NationalPrefixForParsing { get; init; }

    public string? NationalPrefixTransformRule { get; init; }

    /// <summary>Prefix that picks this region among those sharing its calling code.</summary>
    public LazyPattern? LeadingDigits { get; init; }

    public required IReadOnlyList<NumberFormatRule> Formats { get; init; }

    public required IReadOnlyDictionary<PhoneNumberType, NumberDesc> Types { get; init; }

    /// <summary>Google's same_mobile_and_fixed_line_pattern (the metadata writes the mobile pattern as "").</summary>
    public bool SameMobileAndFixedLinePattern { get; init; }

    public string? PreferredExtensionPrefix { get; init; }

    /// <summary>The description of <paramref name="type"/>; <see cref="NumberDesc.Absent"/> when the region has none.</summary>
    public NumberDesc Desc(PhoneNumberType type) => type switch
    {
        PhoneNumberType.UNKNOWN => General,
        PhoneNumberType.FIXED_LINE_OR_MOBILE => Desc(PhoneNumberType.FIXED_LINE),
        _ => Types.TryGetValue(type, out var desc) ? desc : NumberDesc.Absent,
    };
}
