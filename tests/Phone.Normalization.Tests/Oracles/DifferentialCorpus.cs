using PhoneNumbers;

namespace Phone.Normalization.Tests.Oracles;

/// <summary>
/// Every example number of every type of every region (and of the non-geographic codes), written
/// in E.164, international, national and messy forms, each parsed with the right default region
/// and without one.
/// </summary>
internal static class DifferentialCorpus
{
    private static readonly PhoneNumberType[] Types =
    [
        PhoneNumberType.FIXED_LINE, PhoneNumberType.MOBILE, PhoneNumberType.TOLL_FREE, PhoneNumberType.PREMIUM_RATE,
        PhoneNumberType.SHARED_COST, PhoneNumberType.VOIP, PhoneNumberType.PERSONAL_NUMBER, PhoneNumberType.PAGER,
        PhoneNumberType.UAN, PhoneNumberType.VOICEMAIL,
    ];

    /// <summary>Google's region code for the non-geographic calling codes (+800, +882, ...).</summary>
    private const string NonGeoRegion = "001";

    public static IReadOnlyList<DifferentialCase> Build()
    {
        var util = PhoneNumberUtil.GetInstance();
        var cases = new List<DifferentialCase>();
        foreach (var region in util.GetSupportedRegions().Order(StringComparer.Ordinal))
        {
            foreach (var type in Types)
            {
                if (util.GetExampleNumberForType(region, type) is { } example)
                {
                    AddForms(cases, util, example, region, $"{region} {type} example");
                }
            }
        }

        foreach (var code in util.GetSupportedGlobalNetworkCallingCodes().Order())
        {
            var metadata = util.GetMetadataForNonGeographicalRegion(code);
            foreach (var type in Types)
            {
                if (Desc(metadata, type) is { HasExampleNumber: true } desc)
                {
                    var example = util.Parse("+" + code + desc.ExampleNumber, null);
                    AddForms(cases, util, example, NonGeoRegion, $"+{code} {type} example");
                }
            }
        }

        foreach (var (input, region) in MessyInputs)
        {
            cases.Add(new DifferentialCase(cases.Count, input, region, "messy input", "as typed"));
        }

        return cases;
    }

    // Real-world shapes from reference phone-numbers.md sections 10 and 12, given to the parser
    // as they are (without PhoneNormalizer's clean-up), so the parser's own handling is compared.
    private static readonly (string Input, string? Region)[] MessyInputs =
    [
        ("+972 50-234-5678", null), ("'+972502345678", null), ("972502345678.0", "IL"), ("9.72502E+11", "IL"),
        ("00972502345678", "IL"), ("00972502345678", "US"), ("011972502345678", "US"), ("0502345678", "IL"),
        ("502345678", "IL"), ("972502345678", null), ("972502345678", "IL"), ("972502345678", "GB"),
        ("+44 7400 123456 ext. 12", null), ("+44 7400 123456 x12", null), ("+44 7400 123456 #12", null),
        ("+44 7400 123456;ext=12", null), ("+44 7400 123456 - 12#", null), ("+44 7400 123456,,12", null),
        ("+٩٧٢٥٠٢٣٤٥٦٧٨", null), ("+۹۷۲۵۰۲۳۴۵۶۷۸", null), ("＋９７２５０２３４５６７８", null), ("+९७२५०२३४५६७८", null),
        ("+972 50 234 5678".Replace(' ', '\u202F'), null), ("+972 50 234 5678".Replace(' ', '\u00A0'), null),
        ("+972\u200B502345678", null), ("+972\u201350\u2013234\u20135678", null), ("\uFEFF+972502345678", null),
        ("\u200E+972502345678", "IL"), ("+972/50/234/5678", null), ("+972.50.234.5678", null), ("+ 972 50 234 5678", null),
        ("++972502345678", null), ("+972 50 234 5678 / +972 50 234 5679", null), ("0502345678, 0502345679", "IL"),
        ("447400123456", "GB"), ("4407400123456", "GB"), ("+44 07400 123456", null), ("+44 (0) 7400 123456", null),
        ("(11) 96123-4567", "BR"), ("011 15-2345-6789", "AR"), ("+54 11 15 2345 6789", null), ("0343 15 555 1212", "AR"),
        ("+54 11 2345-6789", null), ("+5215512345678", null), ("01 55 1234 5678", "MX"), ("0039 312 345 6789", "IT"),
        ("+39 0312 345 6789", null), ("555-0123", "US"), ("+1 201 555 0123", "CA"), ("87710009998", "RU"),
        ("+91 081234 56789", null), ("491512345678", "DE"), ("+4901512 3456789", null), ("N/A", null), ("-", "US"),
        ("+", null), ("", "US"), ("0", "US"), ("1", "US"), ("12345", "US"), ("+800 1234 5678", null), ("+882 3456 7890", null),
        ("+011 44 7400 123456", "US"), ("+00 44 7400 123456", "GB"), ("00+972502345678", "IL"), ("+0972502345678", null),
        ("https://wa.me/972502345678", null), ("whatsapp:+972502345678", null), ("tel:+972-50-234-5678", null),
        ("tel:050-234-5678;phone-context=+972", null), ("tel:050-234-5678;phone-context=example.com", "IL"),
        ("tel:+44-7400-123456;isub=12", null), ("1-800-FLOWERS", "US"), ("+1 800 FLOWERS", null), ("1-800-AB-1234", "US"),
        ("+44 7400 12 AB 3456", null), ("+49 30 12", null), ("+12001230101", null), ("+120012301", null),
        ("+1 201 555 012345", null), ("464 1234", "AG"), ("456789", "JE"), ("0 15 11 91234 5678", "BR"),
        ("+39 06 1234 5678", null), ("+39 0012345", null), ("+44 1234", null), ("011 44", "US"), ("+44 1", null),
        ("Call me on +44 7400 123456 please", null), ("+44 7400 123456.", null), ("(530) 583-6985 x302/x2303", "US"),
    ];

    private static PhoneNumberDesc? Desc(PhoneMetadata metadata, PhoneNumberType type) => type switch
    {
        PhoneNumberType.FIXED_LINE => metadata.FixedLine,
        PhoneNumberType.MOBILE => metadata.Mobile,
        PhoneNumberType.TOLL_FREE => metadata.TollFree,
        PhoneNumberType.PREMIUM_RATE => metadata.PremiumRate,
        PhoneNumberType.SHARED_COST => metadata.SharedCost,
        PhoneNumberType.VOIP => metadata.Voip,
        PhoneNumberType.PERSONAL_NUMBER => metadata.PersonalNumber,
        PhoneNumberType.PAGER => metadata.Pager,
        PhoneNumberType.UAN => metadata.Uan,
        PhoneNumberType.VOICEMAIL => metadata.Voicemail,
        _ => null,
    };

    private static void AddForms(List<DifferentialCase> cases, PhoneNumberUtil util, PhoneNumber example, string region, string source)
    {
        var code = example.CountryCode.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var nsn = util.GetNationalSignificantNumber(example);
        var international = util.Format(example, PhoneNumberFormat.INTERNATIONAL);
        var national = util.Format(example, PhoneNumberFormat.NATIONAL);
        var parts = national.Split(' ', 2);
        var forms = new (string Form, string Text)[]
        {
            ("E.164", util.Format(example, PhoneNumberFormat.E164)),
            ("international", international),
            ("national", national),
            ("international with dashes", international.Replace(' ', '-')),
            ("national with dots", national.Replace(' ', '.')),
            ("national with brackets", parts.Length == 2 ? $"({parts[0]}) {parts[1]}" : $"({national})"),
            ("00 prefix", $"00 {code} {nsn}"),
            ("011 prefix", $"011 {code} {nsn}"),
            ("NSN digits", nsn),
            ("calling code without plus", code + nsn),
        };
        var geographic = region != NonGeoRegion;
        foreach (var (form, text) in forms)
        {
            if (geographic)
            {
                cases.Add(new DifferentialCase(cases.Count, text, region, source, form));
            }

            cases.Add(new DifferentialCase(cases.Count, text, null, source, form));
        }

        // The IDD forms also from the regions whose international prefix they are.
        cases.Add(new DifferentialCase(cases.Count, $"00 {code} {nsn}", "DE", source, "00 prefix from DE"));
        cases.Add(new DifferentialCase(cases.Count, $"011 {code} {nsn}", "US", source, "011 prefix from US"));
    }
}
