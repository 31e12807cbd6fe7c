using PhoneNumbers;

namespace Phone.Benchmarks;

/// <summary>A seeded, mixed corpus: Google's example numbers of every region and type in many written forms, plus junk.</summary>
internal static class Corpus
{
    private static readonly PhoneNumberType[] Types =
    [
        PhoneNumberType.MOBILE, PhoneNumberType.MOBILE, PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE,
        PhoneNumberType.FIXED_LINE, PhoneNumberType.TOLL_FREE, PhoneNumberType.VOIP,
    ];

    private static readonly string[] Junk =
    [
        "", "N/A", "9.72501E+11", "972502345678.0", "abc", "12345", "+999 123456", "'+447400123456", "+44 7400 123456 ext. 12",
        "tel:+972-50-234-5678", "\uFEFF+972502345678", "＋９７２５０２３４５６７８", "1-800-FLOWERS",
    ];

    public static IReadOnlyList<(string Text, string? Region)> Build(PhoneNumberUtil util, int size, int seed)
    {
        var examples = new List<(PhoneNumber Number, string Region)>();
        foreach (var region in util.GetSupportedRegions().Order(StringComparer.Ordinal))
        {
            foreach (var type in Types.Distinct())
            {
                if (util.GetExampleNumberForType(region, type) is { } example)
                {
                    examples.Add((example, region));
                }
            }
        }

        var random = new Random(seed);
        var corpus = new List<(string, string?)>(size);
        while (corpus.Count < size)
        {
            if (random.Next(20) == 0)
            {
                corpus.Add((Junk[random.Next(Junk.Length)], random.Next(2) == 0 ? "US" : "IL"));
                continue;
            }

            var (number, region) = examples[random.Next(examples.Count)];
            var nsn = util.GetNationalSignificantNumber(number);
            var code = number.CountryCode;
            corpus.Add(random.Next(8) switch
            {
                0 => (util.Format(number, PhoneNumberFormat.E164), null),
                1 => (util.Format(number, PhoneNumberFormat.INTERNATIONAL), null),
                2 => (util.Format(number, PhoneNumberFormat.NATIONAL), region),
                3 => (util.Format(number, PhoneNumberFormat.NATIONAL).Replace(' ', '-'), region),
                4 => (util.Format(number, PhoneNumberFormat.INTERNATIONAL).Replace(' ', '.'), region),
                5 => ($"00 {code} {nsn}", "DE"),
                6 => ($"011 {code} {nsn}", "US"),
                _ => (nsn, region),
            });
        }

        return corpus;
    }
}
