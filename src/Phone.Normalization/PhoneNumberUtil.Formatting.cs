using System.Text;
using Phone.Normalization.Metadata;

namespace Phone.Normalization;

// Formatting with the metadata's number formats, and example numbers.
public sealed partial class PhoneNumberUtil
{
    private const string DefaultExtensionPrefix = " ext. ";

    /// <summary>Formats a number. Does not validate: format only numbers <see cref="IsValidNumber"/> accepted.</summary>
    public string Format(PhoneNumber number, PhoneNumberFormat numberFormat)
    {
        ArgumentNullException.ThrowIfNull(number);
        var callingCode = number.CountryCode;
        var nsn = GetNationalSignificantNumber(number);
        var code = callingCode.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (numberFormat == PhoneNumberFormat.E164)
        {
            return "+" + code + nsn;
        }

        var regions = store.RegionsForCallingCode(callingCode);
        var metadata = regions is null ? null : MetadataForRegionOrCallingCode(callingCode, regions[0]);
        if (metadata is null)
        {
            return nsn;
        }

        var formatted = new StringBuilder(FormatNsn(nsn, metadata, numberFormat));
        if (number.HasExtension)
        {
            formatted.Append(numberFormat == PhoneNumberFormat.RFC3966 ? ";ext=" : metadata.PreferredExtensionPrefix ?? DefaultExtensionPrefix)
                .Append(number.Extension);
        }

        return numberFormat switch
        {
            PhoneNumberFormat.INTERNATIONAL => "+" + code + " " + formatted,
            PhoneNumberFormat.RFC3966 => "tel:+" + code + "-" + formatted,
            _ => formatted.ToString(),
        };
    }

    /// <summary>Google's example fixed-line number of <paramref name="regionCode"/>, or null.</summary>
    public PhoneNumber? GetExampleNumber(string regionCode) => GetExampleNumberForType(regionCode, PhoneNumberType.FIXED_LINE);

    /// <summary>Google's example number of one type in <paramref name="regionCode"/>, or null when the region has none.</summary>
    public PhoneNumber? GetExampleNumberForType(string regionCode, PhoneNumberType type)
    {
        var metadata = store.ForRegion(regionCode);
        var example = metadata?.Desc(type).ExampleNumber;
        return example is not null && TryParse(example, regionCode, out var number, out _, out _) ? number : null;
    }

    /// <summary>Google's example number of a non-geographic calling code (+800, +882, ...), or null.</summary>
    public PhoneNumber? GetExampleNumberForNonGeoEntity(int countryCallingCode)
    {
        var metadata = store.ForNonGeographic(countryCallingCode);
        if (metadata is null)
        {
            return null;
        }

        // Google tries the types in this order and returns the first example it finds.
        PhoneNumberType[] order =
        [
            PhoneNumberType.MOBILE, PhoneNumberType.TOLL_FREE, PhoneNumberType.SHARED_COST, PhoneNumberType.VOIP,
            PhoneNumberType.VOICEMAIL, PhoneNumberType.UAN, PhoneNumberType.PREMIUM_RATE,
        ];
        var example = order.Select(type => metadata.Desc(type).ExampleNumber).FirstOrDefault(e => e is not null);
        return example is not null && TryParse("+" + countryCallingCode.ToString(System.Globalization.CultureInfo.InvariantCulture) + example, null, out var number, out _, out _)
            ? number
            : null;
    }

    private static string FormatNsn(string nsn, RegionMetadata metadata, PhoneNumberFormat numberFormat)
    {
        var rule = ChooseFormattingPattern(metadata.Formats, nsn);
        if (rule is null)
        {
            return nsn;
        }

        string formatted;
        if (numberFormat == PhoneNumberFormat.NATIONAL)
        {
            var layout = rule.Format;
            if (!string.IsNullOrEmpty(rule.NationalPrefixFormattingRule))
            {
                // "$1 $2" with rule "0$1" becomes "0$1 $2": the prefix joins the first group.
                layout = ParsingPatterns.FirstGroup().Replace(layout, rule.NationalPrefixFormattingRule, 1);
            }

            formatted = rule.Pattern.Regex.Replace(nsn, layout);
        }
        else
        {
            formatted = rule.Pattern.Regex.Replace(nsn, rule.InternationalFormat);
        }

        if (numberFormat == PhoneNumberFormat.RFC3966)
        {
            var leading = ParsingPatterns.Separators().Match(formatted);
            if (leading.Success && leading.Index == 0)
            {
                formatted = formatted[leading.Length..];
            }

            formatted = ParsingPatterns.Separators().Replace(formatted, "-");
        }

        return formatted;
    }

    private static NumberFormatRule? ChooseFormattingPattern(IReadOnlyList<NumberFormatRule> formats, string nsn)
    {
        foreach (var rule in formats)
        {
            if ((rule.LeadingDigits is null || rule.LeadingDigits.IsMatch(nsn)) && rule.Pattern.IsMatch(nsn))
            {
                return rule;
            }
        }

        return null;
    }
}
