using Phone.Normalization.Importing;
using PhoneNumbers;

namespace Phone.Normalization.Tests.Importing;

/// <summary>Messy real-world cells (reference phone-numbers.md, section 10), each with its expected result or reason.</summary>
public sealed class PhoneNormalizerTests
{
    [Theory]
    [InlineData("07400 123456", "GB", "+447400123456")]                 // national format with trunk zero
    [InlineData("0502345678", "IL", "+972502345678")]                   // trunk zero
    [InlineData("502345678", "IL", "+972502345678")]                    // Excel dropped the trunk zero: still fine for IL
    [InlineData("+44 (0) 7400 123456", null, "+447400123456")]          // "(0)" inside an international number
    [InlineData("+972 50-234-5678", null, "+972502345678")]             // spaces and dashes
    [InlineData("050.234.5678", "IL", "+972502345678")]                 // dots (not a float)
    [InlineData("(201) 555-0123", "US", "+12015550123")]                // parentheses
    [InlineData("+972/50/234/5678", null, "+972502345678")]             // slashes
    [InlineData("00972502345678", "IL", "+972502345678")]               // 00 international prefix
    [InlineData("011 972 50 234 5678", "US", "+972502345678")]          // 011 international prefix
    [InlineData("0039 312 345 6789", "IT", "+393123456789")]
    [InlineData("972502345678", "IL", "+972502345678")]                 // calling code without plus
    [InlineData("447400123456", "GB", "+447400123456")]
    [InlineData("+39 06 1234 5678", null, "+390612345678")]             // Italy keeps its leading zero
    [InlineData("011 15-2345-6789", "AR", "+5491123456789")]            // AR mobile: 0 + area + 15 → +54 9
    [InlineData("(11) 96123-4567", "BR", "+5511961234567")]
    [InlineData("8 912 345 6789", "RU", "+79123456789")]
    [InlineData("87710009998", "RU", "+77710009998")]                   // shared +7: resolves to KZ
    [InlineData("+1 201 555 0123", "CA", "+12015550123")]               // the plus wins over the default region
    public void Normalize_CommonLayouts_GivesE164(string raw, string? region, string expected)
    {
        var result = PhoneNormalizer.Normalize(raw, region);

        Assert.True(result.IsSuccess, $"{raw}: {result.Reason} {result.Message}");
        Assert.Equal(expected, result.E164);
    }

    [Fact]
    public void Normalize_ExcelLeadingApostrophe_IsStrippedAndReported()
    {
        var result = PhoneNormalizer.Normalize("'+972502345678", null);

        Assert.Equal("+972502345678", result.E164);
        Assert.True(result.Warnings.HasFlag(PhoneNormalizationWarnings.RemovedSpreadsheetArtifact));
    }

    [Theory]
    [InlineData("9.72501E+11")]
    [InlineData("9,72502E+11")]           // comma-decimal locales
    [InlineData("9.72502e11")]
    [InlineData("9.72502345678E+11")]     // even a mantissa that looks complete is not "repaired"
    [InlineData("'4.47400E+11")]
    public void Normalize_ScientificNotation_IsRejectedAsSpreadsheetMangled(string raw)
    {
        var result = PhoneNormalizer.Normalize(raw, "IL");

        Assert.Equal(PhoneNormalizationReason.SpreadsheetMangled, result.Reason);
        Assert.Null(result.E164);
        Assert.Contains("scientific notation", result.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("972502345678.0", "IL", "+972502345678")]  // libphonenumber alone would read the 0 as a digit: +9725023456780
    [InlineData("+447400123456.0", null, "+447400123456")]
    [InlineData("502345678.00", "IL", "+972502345678")]
    public void Normalize_FloatWithTrailingZeroFraction_DropsTheFractionBeforeParsing(string raw, string? region, string expected)
    {
        var result = PhoneNormalizer.Normalize(raw, region);

        Assert.Equal(expected, result.E164);
        Assert.True(result.Warnings.HasFlag(PhoneNormalizationWarnings.RemovedSpreadsheetArtifact));
    }

    [Fact]
    public void Parse_FloatWithoutTheCleaningStep_ReadsTheZeroAsADigit()
    {
        // Why the pre-step exists: Google's parser keeps the fraction's 0.
        var util = PhoneNumberUtil.GetInstance();

        var number = util.Parse("972502345678.0", "IL");

        Assert.Equal("+9725023456780", util.Format(number, PhoneNumberFormat.E164));
    }

    [Theory]
    [InlineData("＋９７２５０２３４５６７８")]                               // full-width plus and digits
    [InlineData("+٩٧٢٥٠٢٣٤٥٦٧٨")]                                     // Arabic-Indic digits
    [InlineData("+۹۷۲۵۰۲۳۴۵۶۷۸")]                                     // Persian digits
    [InlineData("+९७२५०२३४५६७८")]                                     // Devanagari digits (both JS libraries fail these)
    [InlineData("+972\u00A050\u00A0234\u00A05678")]                   // non-breaking spaces
    [InlineData("+972\u202F50\u202F234\u202F5678")]                   // narrow no-break spaces (Google alone: NOT_A_NUMBER)
    [InlineData("\uFEFF+972502345678")]                               // byte-order mark
    [InlineData("\u200E+972 50 234 5678\u200F")]                      // LRM/RLM from right-to-left UIs
    [InlineData("+972\u200B502345678")]                               // zero-width space
    public void Normalize_UnicodeVariants_FoldToTheSameE164(string raw)
    {
        var result = PhoneNormalizer.Normalize(raw, null);

        Assert.True(result.IsSuccess, $"{result.Reason}: {result.Message}");
        Assert.Equal("+972502345678", result.E164);
        Assert.True(result.Warnings.HasFlag(PhoneNormalizationWarnings.FoldedUnicode));
    }

    [Fact]
    public void Parse_NarrowNoBreakSpaceWithoutTheCleaningStep_IsNotANumber()
    {
        var error = Assert.Throws<NumberParseException>(
            () => PhoneNumberUtil.GetInstance().Parse("+972\u202F50\u202F234\u202F5678", null));

        Assert.Equal(ErrorType.NOT_A_NUMBER, error.ErrorType);
    }

    [Theory]
    [InlineData("tel:+972-50-234-5678", null)]
    [InlineData("tel:050-234-5678;phone-context=+972", null)]
    [InlineData("whatsapp:+972502345678", null)]
    [InlineData("TEL: +972 50 234 5678", null)]
    public void Normalize_UriPrefixes_AreUnderstood(string raw, string? region)
    {
        Assert.Equal("+972502345678", PhoneNormalizer.Normalize(raw, region).E164);
    }

    [Theory]
    [InlineData("+44 7400 123456 ext. 12")]
    [InlineData("+44 7400 123456 x12")]
    [InlineData("+44 7400 123456 #12")]
    [InlineData("+44 7400 123456;ext=12")]
    [InlineData("tel:+44-7400-123456;ext=12")]
    public void Normalize_Extension_IsDroppedFromE164AndReported(string raw)
    {
        var result = PhoneNormalizer.Normalize(raw, null);

        Assert.Equal("+447400123456", result.E164);
        Assert.Equal("12", result.Extension);
        Assert.True(result.Warnings.HasFlag(PhoneNormalizationWarnings.HasExtension));
    }

    [Theory]
    [InlineData("1-800-FLOWERS", "US", "+18003569377")]   // three or more letters: keypad mapping, as Google does
    [InlineData("+1 800 FLOWERS", null, "+18003569377")]
    public void Normalize_VanityLetters_MapToKeypadDigits(string raw, string? region, string expected)
    {
        var result = PhoneNormalizer.Normalize(raw, region);

        Assert.Equal(expected, result.E164);
        Assert.Equal(PhoneNumberType.TOLL_FREE, result.Type);
        Assert.False(result.IsMobileCapable);
    }

    [Fact]
    public void Normalize_FewerThanThreeLetters_LettersAreIgnoredAsGoogleDoes()
    {
        // Google maps letters only when there are at least three; fewer are dropped like punctuation.
        var util = PhoneNumberUtil.GetInstance();
        var expected = util.Format(util.Parse("+44 7400 123456", null), PhoneNumberFormat.E164);

        Assert.Equal(expected, PhoneNormalizer.Normalize("+44 7400 12 AB 3456", null).E164);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\uFEFF")]
    [InlineData("N/A")]
    [InlineData("-")]
    [InlineData("none")]
    [InlineData("''")]
    public void Normalize_EmptyCellsAndPlaceholders_AreEmpty(string? raw)
    {
        Assert.Equal(PhoneNormalizationReason.Empty, PhoneNormalizer.Normalize(raw, "IL").Reason);
    }

    [Theory]
    [InlineData("+972 50 234 5678 / +972 50 234 5679")]
    [InlineData("0502345678, 0502345679")]
    [InlineData("0502345678 or 0502345679")]
    public void Normalize_TwoNumbersInOneCell_IsMultipleNumbers(string raw)
    {
        Assert.Equal(PhoneNormalizationReason.MultipleNumbers, PhoneNormalizer.Normalize(raw, "IL").Reason);
    }

    [Theory]
    [InlineData("abc", "US", PhoneNormalizationReason.NotANumber)]
    [InlineData("+", null, PhoneNormalizationReason.NotANumber)]
    [InlineData("972502345678", null, PhoneNormalizationReason.InvalidCountryCode)]    // no plus, no region
    [InlineData("+999 123456", null, PhoneNormalizationReason.InvalidCountryCode)]
    [InlineData("12345", "US", PhoneNormalizationReason.TooShort)]
    [InlineData("555-0123", "US", PhoneNormalizationReason.TooShort)]                   // local only, lacks area code
    [InlineData("+1 201 555 012345", null, PhoneNormalizationReason.TooLong)]
    [InlineData("00972502345678", "US", PhoneNormalizationReason.TooLong)]              // 00 is not the US IDD
    [InlineData("+12001230101", null, PhoneNormalizationReason.InvalidForRegion)]       // NPA 200 unused
    [InlineData("+49 30 12", null, PhoneNormalizationReason.InvalidForRegion)]
    public void Normalize_BadNumbers_GiveTheirReason(string raw, string? region, PhoneNormalizationReason expected)
    {
        var result = PhoneNormalizer.Normalize(raw, region);

        Assert.Equal(expected, result.Reason);
        Assert.Null(result.E164);
        Assert.False(string.IsNullOrWhiteSpace(result.Message));
    }

    [Theory]
    [InlineData("+447400123456", PhoneNumberType.MOBILE, true)]
    [InlineData("+12015550123", PhoneNumberType.FIXED_LINE_OR_MOBILE, true)]
    [InlineData("+441212345678", PhoneNumberType.FIXED_LINE, false)]
    public void Normalize_ValidNumber_ReportsTypeAndMobileCapability(string raw, PhoneNumberType type, bool mobileCapable)
    {
        var result = PhoneNormalizer.Normalize(raw, null);

        Assert.Equal(type, result.Type);
        Assert.Equal(mobileCapable, result.IsMobileCapable);
    }

    [Theory]
    [InlineData("gb")]
    [InlineData(" GB ")]
    public void Normalize_RegionInAnyCase_IsAccepted(string region)
    {
        Assert.Equal("+447400123456", PhoneNormalizer.Normalize("07400 123456", region).E164);
    }

    [Fact]
    public void Normalize_ConcurrentCallers_GetTheSameResultsAsOneCaller()
    {
        string[] inputs = ["07400 123456", "+972 50-234-5678", "(201) 555-0123", "+39 06 1234 5678", "9.72501E+11", "abc"];
        var expected = inputs.Select(i => PhoneNormalizer.Normalize(i, "GB")).ToArray();

        var results = new PhoneNormalizationResult[inputs.Length * 500];
        Parallel.For(0, results.Length, i => results[i] = PhoneNormalizer.Normalize(inputs[i % inputs.Length], "GB"));

        for (var i = 0; i < results.Length; i++)
        {
            Assert.Equal(expected[i % inputs.Length], results[i]);
        }
    }

    [Fact]
    public void MetadataVersion_NamesThePinnedPackage()
    {
        Assert.Equal("libphonenumber-csharp 9.0.43", PhoneNormalizer.MetadataVersion);
    }
}
