using System.Diagnostics;
using System.Text.Json;

namespace Phone.Normalization.Metadata;

/// <summary>
/// The embedded metadata, read once. Reading is cheap (JSON only, regexes compile lazily per
/// pattern), so the first <see cref="PhoneNumberUtil.GetInstance"/> costs a few milliseconds.
/// </summary>
internal sealed class MetadataStore
{
    /// <summary>Google's region code for non-geographic calling codes (+800, +882, ...).</summary>
    public const string NonGeoRegion = "001";

    private const string ResourceName = "Phone.Normalization.PhoneMetadata.json";

    private readonly Dictionary<string, RegionMetadata> regions;
    private readonly Dictionary<int, RegionMetadata> nonGeographic;
    private readonly Dictionary<int, string[]> callingCodeToRegions;

    private MetadataStore(MetadataFileJson file, long startedTimestamp)
    {
        regions = new(StringComparer.Ordinal);
        foreach (var (id, json) in file.Regions)
        {
            regions[id] = Build(id, json);
        }

        nonGeographic = [];
        foreach (var (code, json) in file.NonGeographic)
        {
            nonGeographic[int.Parse(code, System.Globalization.CultureInfo.InvariantCulture)] = Build(NonGeoRegion, json);
        }

        callingCodeToRegions = [];
        foreach (var (code, ids) in file.CallingCodes)
        {
            callingCodeToRegions[int.Parse(code, System.Globalization.CultureInfo.InvariantCulture)] = ids;
        }

        Sources = file.Sources;
        LoadTime = Stopwatch.GetElapsedTime(startedTimestamp);
    }

    /// <summary>Package name → version of the npm packages the resource was generated from.</summary>
    public IReadOnlyDictionary<string, string> Sources { get; }

    /// <summary>How long reading the resource took (reported by the benchmark).</summary>
    public TimeSpan LoadTime { get; }

    /// <summary>All supported region codes (no "001").</summary>
    public IReadOnlyCollection<string> RegionCodes => regions.Keys;

    /// <summary>All calling codes, geographic and non-geographic.</summary>
    public IReadOnlyCollection<int> CallingCodes => callingCodeToRegions.Keys;

    /// <summary>Reads the embedded resource.</summary>
    public static MetadataStore Load()
    {
        var started = Stopwatch.GetTimestamp();
        using var stream = typeof(MetadataStore).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing; run scripts/phone-metadata/update.sh.");
        var file = JsonSerializer.Deserialize(stream, MetadataJsonContext.Default.MetadataFileJson)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is empty.");
        return new MetadataStore(file, started);
    }

    /// <summary>Metadata of a region code (upper case ISO 3166), or null when unsupported.</summary>
    public RegionMetadata? ForRegion(string? regionCode) =>
        regionCode is not null && regions.TryGetValue(regionCode, out var metadata) ? metadata : null;

    /// <summary>Metadata of a non-geographic calling code, or null.</summary>
    public RegionMetadata? ForNonGeographic(int callingCode) =>
        nonGeographic.TryGetValue(callingCode, out var metadata) ? metadata : null;

    /// <summary>Regions of a calling code, main region first; null when the code is unknown.</summary>
    public string[]? RegionsForCallingCode(int callingCode) =>
        callingCodeToRegions.TryGetValue(callingCode, out var ids) ? ids : null;

    /// <summary>Every pattern of every region, for tests that compile them all.</summary>
    internal IEnumerable<LazyPattern> AllPatterns()
    {
        foreach (var metadata in regions.Values.Concat(nonGeographic.Values))
        {
            LazyPattern?[] single =
                [metadata.InternationalPrefix, metadata.General.Pattern, metadata.NationalPrefixForParsing, metadata.LeadingDigits];
            foreach (var pattern in single.Concat(metadata.Types.Values.Select(t => t.Pattern)))
            {
                if (pattern is not null)
                {
                    yield return pattern;
                }
            }

            foreach (var format in metadata.Formats)
            {
                yield return format.Pattern;
                if (format.LeadingDigits is not null)
                {
                    yield return format.LeadingDigits;
                }
            }
        }
    }

    private static RegionMetadata Build(string id, RegionJson json)
    {
        var types = new Dictionary<PhoneNumberType, NumberDesc>();
        var same = false;
        if (json.Types is not null)
        {
            foreach (var (name, type) in json.Types)
            {
                var kind = Enum.Parse<PhoneNumberType>(name);
                same |= type.SameAsFixedLine;
                var pattern = type.SameAsFixedLine ? json.Types["FIXED_LINE"].Pattern : type.Pattern;
                types[kind] = new NumberDesc(
                    pattern is null ? null : new LazyPattern(pattern, fullMatch: true),
                    type.PossibleLengths ?? [],
                    type.LocalOnlyLengths ?? [],
                    type.ExampleNumber);
            }
        }

        var nationalPrefixForParsing = json.NationalPrefixForParsing ?? json.NationalPrefix;
        return new RegionMetadata
        {
            Id = id,
            CountryCode = json.CountryCode,
            InternationalPrefix = json.InternationalPrefix is null ? null : new LazyPattern(json.InternationalPrefix, fullMatch: false),
            PreferredInternationalPrefix = json.PreferredInternationalPrefix,
            General = new NumberDesc(new LazyPattern(json.NationalNumberPattern, fullMatch: true), json.PossibleLengths, json.LocalOnlyLengths ?? [], null),
            NationalPrefix = json.NationalPrefix,
            NationalPrefixForParsing = nationalPrefixForParsing is null ? null : new LazyPattern(nationalPrefixForParsing, fullMatch: false),
            NationalPrefixTransformRule = json.NationalPrefixTransformRule,
            LeadingDigits = json.LeadingDigits is null ? null : new LazyPattern(json.LeadingDigits, fullMatch: false),
            Formats = (json.Formats ?? []).Select(f => new NumberFormatRule(
                new LazyPattern(f.Pattern, fullMatch: true),
                f.Format,
                f.InternationalFormat ?? f.Format,
                f.LeadingDigitsPatterns is { Length: > 0 } leading ? new LazyPattern(leading[^1], fullMatch: false) : null,
                f.NationalPrefixFormattingRule ?? json.NationalPrefixFormattingRule)).ToArray(),
            Types = types,
            SameMobileAndFixedLinePattern = same,
            PreferredExtensionPrefix = json.PreferredExtensionPrefix,
        };
    }
}
