using Phone.Normalization.Metadata;

namespace Phone.Normalization;

// Validation: lengths, per-type patterns, and the region of a number.
public sealed partial class PhoneNumberUtil
{
    // Google's order: the special types first, so a number matching two descriptions gets the
    // more specific one; fixed line and mobile last.
    private static readonly PhoneNumberType[] SpecialTypesInOrder =
    [
        PhoneNumberType.PREMIUM_RATE, PhoneNumberType.TOLL_FREE, PhoneNumberType.SHARED_COST, PhoneNumberType.VOIP,
        PhoneNumberType.PERSONAL_NUMBER, PhoneNumberType.PAGER, PhoneNumberType.UAN, PhoneNumberType.VOICEMAIL,
    ];

    /// <summary>True when the NSN length is possible for its calling code (local-only lengths included).</summary>
    public bool IsPossibleNumber(PhoneNumber number)
    {
        var result = IsPossibleNumberWithReason(number);
        return result is ValidationResult.IS_POSSIBLE or ValidationResult.IS_POSSIBLE_LOCAL_ONLY;
    }

    /// <summary>Length check of the NSN against the lengths of its calling code's main region.</summary>
    public ValidationResult IsPossibleNumberWithReason(PhoneNumber number) =>
        IsPossibleNumberForTypeWithReason(number, PhoneNumberType.UNKNOWN);

    /// <summary>Length check against the lengths of one number type (still only a length check).</summary>
    public ValidationResult IsPossibleNumberForTypeWithReason(PhoneNumber number, PhoneNumberType type)
    {
        ArgumentNullException.ThrowIfNull(number);
        var regions = store.RegionsForCallingCode(number.CountryCode);
        if (regions is null)
        {
            return ValidationResult.INVALID_COUNTRY_CODE;
        }

        var metadata = MetadataForRegionOrCallingCode(number.CountryCode, regions[0]);
        return metadata is null
            ? ValidationResult.INVALID_COUNTRY_CODE
            : TestNumberLength(GetNationalSignificantNumber(number), metadata, type);
    }

    /// <summary>True when the number is in an assigned range of the region it belongs to.</summary>
    public bool IsValidNumber(PhoneNumber number) => IsValidNumberForRegion(number, GetRegionCodeForNumber(number));

    /// <summary>True when the number is valid and belongs to <paramref name="regionCode"/> (a Jersey mobile is not valid for GB).</summary>
    public bool IsValidNumberForRegion(PhoneNumber number, string? regionCode) =>
        GetNumberTypeForRegion(number, regionCode) != PhoneNumberType.UNKNOWN;

    /// <summary>The type of the number within <paramref name="regionCode"/>; UNKNOWN when it is not valid there.</summary>
    internal PhoneNumberType GetNumberTypeForRegion(PhoneNumber number, string? regionCode)
    {
        ArgumentNullException.ThrowIfNull(number);
        var metadata = MetadataForRegionOrCallingCode(number.CountryCode, regionCode);
        if (metadata is null || (regionCode != RegionCodeForNonGeoEntity && number.CountryCode != metadata.CountryCode))
        {
            return PhoneNumberType.UNKNOWN;
        }

        return GetNumberTypeHelper(GetNationalSignificantNumber(number), metadata);
    }

    /// <summary>The type of a valid number; <see cref="PhoneNumberType.UNKNOWN"/> when it is not valid.</summary>
    public PhoneNumberType GetNumberType(PhoneNumber number)
    {
        ArgumentNullException.ThrowIfNull(number);
        var metadata = MetadataForRegionOrCallingCode(number.CountryCode, GetRegionCodeForNumber(number));
        return metadata is null ? PhoneNumberType.UNKNOWN : GetNumberTypeHelper(GetNationalSignificantNumber(number), metadata);
    }

    /// <summary>
    /// The region a number belongs to: the only region of its calling code, or among regions
    /// sharing it the first whose leading digits or patterns fit; "001" for non-geographic codes;
    /// null when none fits.
    /// </summary>
    public string? GetRegionCodeForNumber(PhoneNumber number) => GetRegionAndType(number, typeNeeded: false).Region;

    /// <summary>
    /// Region of the number and, when <paramref name="typeNeeded"/>, its type there (UNKNOWN when
    /// invalid). One pass: for regions without leading digits the region test is the type test.
    /// </summary>
    internal (string? Region, PhoneNumberType Type) GetRegionAndType(PhoneNumber number, bool typeNeeded)
    {
        ArgumentNullException.ThrowIfNull(number);
        var regions = store.RegionsForCallingCode(number.CountryCode);
        if (regions is null)
        {
            return (null, PhoneNumberType.UNKNOWN);
        }

        var nsn = GetNationalSignificantNumber(number);
        if (regions.Length == 1)
        {
            return (regions[0], typeNeeded ? TypeIn(nsn, number.CountryCode, regions[0]) : PhoneNumberType.UNKNOWN);
        }

        foreach (var regionCode in regions)
        {
            var metadata = store.ForRegion(regionCode)!;
            if (metadata.LeadingDigits is not null)
            {
                if (metadata.LeadingDigits.IsMatch(nsn))
                {
                    return (regionCode, typeNeeded ? GetNumberTypeHelper(nsn, metadata) : PhoneNumberType.UNKNOWN);
                }
            }
            else if (GetNumberTypeHelper(nsn, metadata) is var type && type != PhoneNumberType.UNKNOWN)
            {
                return (regionCode, type);
            }
        }

        return (null, PhoneNumberType.UNKNOWN);
    }

    private PhoneNumberType TypeIn(string nsn, int countryCode, string regionCode)
    {
        var metadata = MetadataForRegionOrCallingCode(countryCode, regionCode);
        return metadata is null || (regionCode != RegionCodeForNonGeoEntity && countryCode != metadata.CountryCode)
            ? PhoneNumberType.UNKNOWN
            : GetNumberTypeHelper(nsn, metadata);
    }

    internal static PhoneNumberType GetNumberTypeHelper(string nsn, RegionMetadata metadata)
    {
        if (!metadata.General.Matches(nsn))
        {
            return PhoneNumberType.UNKNOWN;
        }

        foreach (var type in SpecialTypesInOrder)
        {
            if (metadata.Desc(type).Matches(nsn))
            {
                return type;
            }
        }

        if (metadata.Desc(PhoneNumberType.FIXED_LINE).Matches(nsn))
        {
            return metadata.SameMobileAndFixedLinePattern || metadata.Desc(PhoneNumberType.MOBILE).Matches(nsn)
                ? PhoneNumberType.FIXED_LINE_OR_MOBILE
                : PhoneNumberType.FIXED_LINE;
        }

        return !metadata.SameMobileAndFixedLinePattern && metadata.Desc(PhoneNumberType.MOBILE).Matches(nsn)
            ? PhoneNumberType.MOBILE
            : PhoneNumberType.UNKNOWN;
    }

    // Google's testNumberLength, including local-only lengths and the fixed-line-or-mobile union.
    internal static ValidationResult TestNumberLength(string nsn, RegionMetadata metadata, PhoneNumberType type)
    {
        var desc = metadata.Desc(type);
        int[] possible = desc.PossibleLengths.Length == 0 && (desc.HasPossibleNumberData || type == PhoneNumberType.UNKNOWN)
            ? metadata.General.PossibleLengths
            : desc.PossibleLengths;
        int[] localOnly = desc.LocalOnlyLengths;
        if (type == PhoneNumberType.FIXED_LINE_OR_MOBILE)
        {
            if (!metadata.Desc(PhoneNumberType.FIXED_LINE).HasPossibleNumberData)
            {
                return TestNumberLength(nsn, metadata, PhoneNumberType.MOBILE);
            }

            var mobile = metadata.Desc(PhoneNumberType.MOBILE);
            if (mobile.HasPossibleNumberData)
            {
                possible = [.. possible.Concat(mobile.PossibleLengths.Length == 0 ? metadata.General.PossibleLengths : mobile.PossibleLengths).Order()];
                localOnly = [.. localOnly.Concat(mobile.LocalOnlyLengths).Order()];
            }
        }

        // A type the region lacks: Google's metadata writes its lengths as [-1].
        if (possible.Length == 0)
        {
            return ValidationResult.INVALID_LENGTH;
        }

        var length = nsn.Length;
        if (Array.IndexOf(localOnly, length) >= 0)
        {
            return ValidationResult.IS_POSSIBLE_LOCAL_ONLY;
        }

        var minimum = possible[0];
        if (minimum == length)
        {
            return ValidationResult.IS_POSSIBLE;
        }

        if (minimum > length)
        {
            return ValidationResult.TOO_SHORT;
        }

        if (possible[^1] < length)
        {
            return ValidationResult.TOO_LONG;
        }

        return Array.IndexOf(possible, length, 1) >= 0 ? ValidationResult.IS_POSSIBLE : ValidationResult.INVALID_LENGTH;
    }
}
