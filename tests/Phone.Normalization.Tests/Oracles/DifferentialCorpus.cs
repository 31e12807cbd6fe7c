using Phone.Normalization.Metadata;

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
            var metadata = util.Store.ForNonGeographic(code)!;
            foreach (var type in Types)
            {
                if (metadata.Desc(type).ExampleNumber is { } nsn)
                {
                    var example = util.Parse("+" + code + nsn, null);
                    AddForms(cases, util, example, MetadataStore.NonGeoRegion, $"+{code} {type} example");
                }
            }
        }

        return cases;
    }

    private static void AddForms(List<DifferentialCase> cases, PhoneNumberUtil util, PhoneNumber example, string region, string source)
    {
        var code = example.CountryCode.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var nsn = PhoneNumberUtil.GetNationalSignificantNumber(example);
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
        var geographic = region != MetadataStore.NonGeoRegion;
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
