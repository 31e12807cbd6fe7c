using Phone.Normalization.Metadata;

namespace Phone.Normalization;

/// <summary>
/// Parsing, validation and formatting of international phone numbers, shaped like
/// libphonenumber's <c>PhoneNumberUtil</c> (same member names and parameter order for the subset
/// we use) and following Google's algorithm step by step. Data: Google's metadata as shipped by
/// the npm package libphonenumber-js (see scripts/phone-metadata).
/// </summary>
/// <remarks>Thread-safe; one instance per process, obtained with <see cref="GetInstance"/>.</remarks>
public sealed partial class PhoneNumberUtil
{
    /// <summary>Google's region code for non-geographic calling codes such as +800.</summary>
    public const string RegionCodeForNonGeoEntity = MetadataStore.NonGeoRegion;

    /// <summary>Region code Google uses for "unknown region".</summary>
    public const string UnknownRegion = "ZZ";

    private const int MinLengthForNsn = 2;
    private const int MaxLengthForNsn = 17;
    private const int MaxLengthCountryCode = 3;
    private const int MaxInputStringLength = 250;

    private static readonly Lazy<PhoneNumberUtil> Instance = new(() => new PhoneNumberUtil(MetadataStore.Load()));

    private readonly MetadataStore store;

    private PhoneNumberUtil(MetadataStore store)
    {
        this.store = store;
    }

    /// <summary>The shared instance; the first call reads the embedded metadata (a few milliseconds).</summary>
    public static PhoneNumberUtil GetInstance() => Instance.Value;

    /// <summary>How long reading the metadata took on first use (not part of libphonenumber's API).</summary>
    internal TimeSpan MetadataLoadTime => store.LoadTime;

    /// <summary>npm package → version the metadata was generated from (not part of libphonenumber's API).</summary>
    internal IReadOnlyDictionary<string, string> MetadataSources => store.Sources;

    internal MetadataStore Store => store;

    /// <summary>All region codes with metadata (ISO 3166 alpha-2, upper case; "001" is not included).</summary>
    public IReadOnlySet<string> GetSupportedRegions() => store.RegionCodes.ToHashSet(StringComparer.Ordinal);

    /// <summary>Calling codes of the non-geographic entities (+800, +882, ...).</summary>
    public IReadOnlySet<int> GetSupportedGlobalNetworkCallingCodes() =>
        store.CallingCodes.Where(code => store.ForNonGeographic(code) is not null).ToHashSet();

    /// <summary>Calling code of <paramref name="regionCode"/>, or 0 when the region is unknown.</summary>
    public int GetCountryCodeForRegion(string? regionCode) => store.ForRegion(regionCode)?.CountryCode ?? 0;

    /// <summary>Main region of <paramref name="countryCallingCode"/>: "001" for non-geographic codes, "ZZ" when unknown.</summary>
    public string GetRegionCodeForCountryCode(int countryCallingCode) =>
        store.RegionsForCallingCode(countryCallingCode) is { Length: > 0 } regions ? regions[0] : UnknownRegion;

    /// <summary>All regions that share <paramref name="countryCallingCode"/>, main region first.</summary>
    public IReadOnlyList<string> GetRegionCodesForCountryCode(int countryCallingCode) =>
        store.RegionsForCallingCode(countryCallingCode) ?? [];

    /// <summary>The NSN as digits, leading zeros included (what E.164 puts after the calling code).</summary>
    public static string GetNationalSignificantNumber(PhoneNumber number)
    {
        ArgumentNullException.ThrowIfNull(number);
        var digits = number.NationalNumber.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return number.ItalianLeadingZero && number.NumberOfLeadingZeros > 0
            ? new string('0', number.NumberOfLeadingZeros) + digits
            : digits;
    }

    /// <summary>Keeps only the decimal digits of <paramref name="number"/> (any script), as ASCII.</summary>
    public static string NormalizeDigitsOnly(string number)
    {
        ArgumentNullException.ThrowIfNull(number);
        return TextScan.DigitsOnly(number);
    }

    private RegionMetadata? MetadataForRegionOrCallingCode(int countryCallingCode, string? regionCode) =>
        regionCode == RegionCodeForNonGeoEntity ? store.ForNonGeographic(countryCallingCode) : store.ForRegion(regionCode);
}
