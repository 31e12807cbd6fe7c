namespace Phone.Normalization.Tests;

/// <summary>
/// The mirrored PhoneNumberUtil surface on fixtures that are stable across metadata versions
/// (reference phone-numbers.md, sections 4, 9.5 and 12).
/// </summary>
public sealed class PhoneNumberUtilTests
{
    private static readonly PhoneNumberUtil Util = PhoneNumberUtil.GetInstance();

    [Theory]
    [InlineData("+447400123456", PhoneNumberType.MOBILE, "GB")]
    [InlineData("+441212345678", PhoneNumberType.FIXED_LINE, "GB")]
    [InlineData("+447781123456", PhoneNumberType.MOBILE, "GG")]
    [InlineData("+441534456789", PhoneNumberType.FIXED_LINE, "JE")]
    [InlineData("+972502345678", PhoneNumberType.MOBILE, "IL")]
    [InlineData("+4915123456789", PhoneNumberType.MOBILE, "DE")]
    [InlineData("+4930123456", PhoneNumberType.FIXED_LINE, "DE")]
    [InlineData("+5491123456789", PhoneNumberType.MOBILE, "AR")]
    [InlineData("+541123456789", PhoneNumberType.FIXED_LINE, "AR")]
    [InlineData("+12015550123", PhoneNumberType.FIXED_LINE_OR_MOBILE, "US")]
    [InlineData("+15062345678", PhoneNumberType.FIXED_LINE_OR_MOBILE, "CA")]
    [InlineData("+12684641234", PhoneNumberType.MOBILE, "AG")]
    [InlineData("+79123456789", PhoneNumberType.MOBILE, "RU")]
    [InlineData("+77710009998", PhoneNumberType.MOBILE, "KZ")]
    [InlineData("+393123456789", PhoneNumberType.MOBILE, "IT")]
    [InlineData("+18002345678", PhoneNumberType.TOLL_FREE, "US")]
    [InlineData("+80012345678", PhoneNumberType.TOLL_FREE, "001")]
    public void GetNumberType_StableFixture_HasTypeAndRegion(string e164, PhoneNumberType type, string region)
    {
        var number = Util.Parse(e164, null);

        Assert.True(Util.IsValidNumber(number));
        Assert.Equal(type, Util.GetNumberType(number));
        Assert.Equal(region, Util.GetRegionCodeForNumber(number));
        Assert.Equal(e164, Util.Format(number, PhoneNumberFormat.E164));
    }

    [Fact]
    public void IsValidNumberForRegion_JerseyMobile_IsNotValidForGb()
    {
        var number = Util.Parse("+447797712345", null);

        Assert.True(Util.IsValidNumberForRegion(number, "JE"));
        Assert.False(Util.IsValidNumberForRegion(number, "GB"));
    }

    [Theory]
    [InlineData("", "GB", ErrorType.NOT_A_NUMBER)]
    [InlineData("N/A", "GB", ErrorType.NOT_A_NUMBER)]
    [InlineData("1", "US", ErrorType.NOT_A_NUMBER)]
    [InlineData("972502345678", null, ErrorType.INVALID_COUNTRY_CODE)]
    [InlineData("972502345678", "ZZ", ErrorType.INVALID_COUNTRY_CODE)]
    [InlineData("+999 123456", null, ErrorType.INVALID_COUNTRY_CODE)]
    [InlineData("+0972502345678", null, ErrorType.INVALID_COUNTRY_CODE)]
    [InlineData("011 44", "US", ErrorType.TOO_SHORT_AFTER_IDD)]
    [InlineData("+44 1", null, ErrorType.TOO_SHORT_NSN)]
    [InlineData("+44 123456789012345678", null, ErrorType.TOO_LONG)]
    public void Parse_BadInput_ThrowsWithErrorType(string input, string? region, ErrorType expected)
    {
        var error = Assert.Throws<NumberParseException>(() => Util.Parse(input, region));

        Assert.Equal(expected, error.ErrorType);
    }

    [Fact]
    public void Parse_InputOver250Characters_IsTooLong()
    {
        var error = Assert.Throws<NumberParseException>(() => Util.Parse("+44 " + new string('1', 250), null));

        Assert.Equal(ErrorType.TOO_LONG, error.ErrorType);
    }

    [Theory]
    [InlineData("+011 44 7400 123456", "US", "+447400123456")]   // plus then IDD: Google retries without the plus
    [InlineData("++972502345678", null, "+972502345678")]
    [InlineData("4407400123456", "GB", "+447400123456")]          // calling code, then trunk zero
    [InlineData("491512345678", "DE", "+49491512345678")]         // DE: 49 stays, the whole is a valid fixed line
    [InlineData("464 1234", "AG", "+12684641234")]                // transform rule 268$1
    [InlineData("456789", "JE", "+441534456789")]                 // transform rule 1534$1
    [InlineData("0343 15 555 1212", "AR", "+5493435551212")]     // transform rule 9$1
    [InlineData("0 15 11 91234 5678", "BR", "+5511912345678")]   // carrier code dropped by transform $2
    [InlineData("+91 081234 56789", null, "+918123456789")]       // national prefix stripped after +
    [InlineData("00972502345678", "US", "+100972502345678")]     // 00 is not the US IDD
    public void Parse_PrefixAndTransformRules_FollowGoogle(string input, string? region, string expected)
    {
        Assert.Equal(expected, Util.Format(Util.Parse(input, region), PhoneNumberFormat.E164));
    }

    [Fact]
    public void Parse_ItalianFixedLine_KeepsLeadingZero()
    {
        var number = Util.Parse("+39 06 1234 5678", null);

        Assert.True(number.ItalianLeadingZero);
        Assert.Equal(612345678UL, number.NationalNumber);
        Assert.Equal("0612345678", PhoneNumberUtil.GetNationalSignificantNumber(number));
        Assert.Equal("+390612345678", Util.Format(number, PhoneNumberFormat.E164));
    }

    [Fact]
    public void Parse_SeveralLeadingZeros_RecordsHowMany()
    {
        var number = Util.Parse("+39 0012345", null);

        Assert.Equal(2, number.NumberOfLeadingZeros);
        Assert.Equal("0012345", PhoneNumberUtil.GetNationalSignificantNumber(number));
    }

    [Theory]
    [InlineData("+447400123456", "GB", PhoneNumberUtil.ValidationResult.IS_POSSIBLE)]
    [InlineData("+44 1234", "GB", PhoneNumberUtil.ValidationResult.IS_POSSIBLE_LOCAL_ONLY)]
    [InlineData("555-0123", "US", PhoneNumberUtil.ValidationResult.IS_POSSIBLE_LOCAL_ONLY)]
    [InlineData("12345", "US", PhoneNumberUtil.ValidationResult.TOO_SHORT)]
    [InlineData("+1 201 555 012345", null, PhoneNumberUtil.ValidationResult.TOO_LONG)]
    [InlineData("+49 30 12", null, PhoneNumberUtil.ValidationResult.IS_POSSIBLE)]
    public void IsPossibleNumberWithReason_Lengths_FollowMetadata(string input, string? region, PhoneNumberUtil.ValidationResult expected)
    {
        Assert.Equal(expected, Util.IsPossibleNumberWithReason(Util.Parse(input, region)));
    }

    [Fact]
    public void IsPossibleNumberWithReason_GapInLengths_IsInvalidLength()
    {
        // NO NSNs have 5 or 8 digits; GB's 8 is a local-only length rather than a gap.
        Assert.Equal(PhoneNumberUtil.ValidationResult.INVALID_LENGTH,
            Util.IsPossibleNumberWithReason(new PhoneNumber { CountryCode = 47, NationalNumber = 123456 }));
        Assert.Equal(PhoneNumberUtil.ValidationResult.IS_POSSIBLE_LOCAL_ONLY,
            Util.IsPossibleNumberWithReason(new PhoneNumber { CountryCode = 44, NationalNumber = 74001234 }));
    }

    [Fact]
    public void IsPossibleNumberWithReason_UnknownCallingCode_IsInvalidCountryCode()
    {
        Assert.Equal(PhoneNumberUtil.ValidationResult.INVALID_COUNTRY_CODE,
            Util.IsPossibleNumberWithReason(new PhoneNumber { CountryCode = 999, NationalNumber = 123456 }));
    }

    [Theory]
    [InlineData("+447400123456", "+44 7400 123456", "07400 123456", "tel:+44-7400-123456")]
    [InlineData("+12015550123", "+1 201-555-0123", "(201) 555-0123", "tel:+1-201-555-0123")]
    [InlineData("+5491123456789", "+54 9 11 2345-6789", "011 15-2345-6789", "tel:+54-9-11-2345-6789")]
    [InlineData("+390612345678", "+39 06 1234 5678", "06 1234 5678", "tel:+39-06-1234-5678")]
    [InlineData("+79123456789", "+7 912 345-67-89", "8 (912) 345-67-89", "tel:+7-912-345-67-89")]
    public void Format_ValidNumber_UsesMetadataLayouts(string e164, string international, string national, string rfc3966)
    {
        var number = Util.Parse(e164, null);

        Assert.Equal(international, Util.Format(number, PhoneNumberFormat.INTERNATIONAL));
        Assert.Equal(national, Util.Format(number, PhoneNumberFormat.NATIONAL));
        Assert.Equal(rfc3966, Util.Format(number, PhoneNumberFormat.RFC3966));
    }

    [Fact]
    public void Format_WithExtension_UsesRegionExtensionPrefix()
    {
        var number = Util.Parse("+44 7400 123456 ext. 12", null);

        Assert.Equal("12", number.Extension);
        Assert.Equal("+44 7400 123456 x12", Util.Format(number, PhoneNumberFormat.INTERNATIONAL));
        Assert.Equal("tel:+44-7400-123456;ext=12", Util.Format(number, PhoneNumberFormat.RFC3966));
        Assert.Equal("+447400123456", Util.Format(number, PhoneNumberFormat.E164));
    }

    [Fact]
    public void GetExampleNumberForType_GbMobile_IsGooglesExample()
    {
        var number = Util.GetExampleNumberForType("GB", PhoneNumberType.MOBILE);

        Assert.NotNull(number);
        Assert.Equal("+447400123456", Util.Format(number, PhoneNumberFormat.E164));
        Assert.Equal(PhoneNumberType.MOBILE, Util.GetNumberType(number));
    }

    [Fact]
    public void GetExampleNumberForType_TypeTheRegionLacks_IsNull()
    {
        Assert.Null(Util.GetExampleNumberForType("GB", PhoneNumberType.VOICEMAIL));
        Assert.Null(Util.GetExampleNumberForType("XX", PhoneNumberType.MOBILE));
    }

    [Fact]
    public void GetExampleNumberForNonGeoEntity_800_IsTollFree()
    {
        var number = Util.GetExampleNumberForNonGeoEntity(800);

        Assert.NotNull(number);
        Assert.Equal(PhoneNumberType.TOLL_FREE, Util.GetNumberType(number));
        Assert.Equal("001", Util.GetRegionCodeForNumber(number));
    }

    [Fact]
    public void GetSupportedRegions_Metadata_Has245RegionsAnd215CallingCodes()
    {
        Assert.Equal(245, Util.GetSupportedRegions().Count);
        Assert.Equal(9, Util.GetSupportedGlobalNetworkCallingCodes().Count);
        Assert.Equal(44, Util.GetCountryCodeForRegion("GB"));
        Assert.Equal("US", Util.GetRegionCodeForCountryCode(1));
        Assert.Equal(["GB", "GG", "IM", "JE"], Util.GetRegionCodesForCountryCode(44));
    }

    [Fact]
    public void NormalizeDigitsOnly_OtherScripts_BecomeAscii()
    {
        Assert.Equal("0123", PhoneNumberUtil.NormalizeDigitsOnly("٠-١ ۲३"));
    }
}
