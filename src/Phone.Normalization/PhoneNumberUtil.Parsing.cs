using System.Diagnostics.CodeAnalysis;
using Phone.Normalization.Metadata;

namespace Phone.Normalization;

// Parsing: Google's parseHelper and the steps it calls, in the order they run.
public sealed partial class PhoneNumberUtil
{
    private const string Rfc3966PhoneContext = ";phone-context=";
    private const string Rfc3966Prefix = "tel:";
    private const string Rfc3966IsdnSubaddress = ";isub=";

    /// <summary>
    /// Parses <paramref name="numberToParse"/> into a <see cref="PhoneNumber"/>. Numbers written
    /// with <c>+</c> (or the default region's international prefix) carry their own calling code;
    /// otherwise <paramref name="defaultRegion"/> supplies it. Parsing does not validate: use
    /// <see cref="IsValidNumber"/> on the result.
    /// </summary>
    /// <param name="numberToParse">Text as a person typed it: spaces, dashes, brackets, extensions, <c>tel:</c> URIs.</param>
    /// <param name="defaultRegion">ISO 3166 region the number is assumed to be from when it has no <c>+</c>; null or "ZZ" for none.</param>
    /// <exception cref="NumberParseException">The text is not a phone number; <see cref="NumberParseException.ErrorType"/> says why.</exception>
    public PhoneNumber Parse(string? numberToParse, string? defaultRegion)
    {
        if (TryParse(numberToParse, defaultRegion, out var number, out var error, out var message))
        {
            return number;
        }

        throw new NumberParseException(error, message);
    }

    /// <summary>Parse without exceptions, for bulk imports where failures are common.</summary>
    internal bool TryParse(
        string? numberToParse, string? defaultRegion, [NotNullWhen(true)] out PhoneNumber? number, out ErrorType error, out string message)
    {
        number = null;
        error = ErrorType.NOT_A_NUMBER;
        message = "The string supplied did not seem to be a phone number.";
        if (numberToParse is null)
        {
            return false;
        }

        if (numberToParse.Length > MaxInputStringLength)
        {
            return Fail(ErrorType.TOO_LONG, "The string supplied was too long to parse.", out error, out message);
        }

        if (!TryBuildNationalNumberForParsing(numberToParse, out var nationalNumber))
        {
            return Fail(ErrorType.NOT_A_NUMBER, "The phone-context value is invalid.", out error, out message);
        }

        if (!IsViablePhoneNumber(nationalNumber))
        {
            return false;
        }

        var regionMetadata = store.ForRegion(defaultRegion);
        if (regionMetadata is null && (nationalNumber.Length == 0 || !TextScan.IsPlus(nationalNumber[0])))
        {
            return Fail(ErrorType.INVALID_COUNTRY_CODE, "Missing or invalid default region.", out error, out message);
        }

        var extension = MaybeStripExtension(ref nationalNumber);

        var step = MaybeExtractCountryCode(nationalNumber, regionMetadata, out var countryCode, out var normalizedNationalNumber);
        if (step is { } failure)
        {
            var plusLength = 0;
            while (plusLength < nationalNumber.Length && TextScan.IsPlus(nationalNumber[plusLength]))
            {
                plusLength++;
            }

            // Google retries without the plus sign: "+011 44 ..." typed in the US still parses.
            if (failure.Error != ErrorType.INVALID_COUNTRY_CODE || plusLength == 0)
            {
                return Fail(failure.Error, failure.Message, out error, out message);
            }

            step = MaybeExtractCountryCode(nationalNumber[plusLength..], regionMetadata, out countryCode, out normalizedNationalNumber);
            if (step is { } retryFailure)
            {
                return Fail(retryFailure.Error, retryFailure.Message, out error, out message);
            }

            if (countryCode == 0)
            {
                return Fail(ErrorType.INVALID_COUNTRY_CODE, "Could not interpret numbers after plus-sign.", out error, out message);
            }
        }

        if (countryCode != 0)
        {
            var numberRegion = GetRegionCodeForCountryCode(countryCode);
            if (numberRegion != defaultRegion)
            {
                regionMetadata = MetadataForRegionOrCallingCode(countryCode, numberRegion);
            }
        }
        else
        {
            normalizedNationalNumber = TextScan.Normalize(nationalNumber);
            // regionMetadata is not null here: without a region the number had to start with '+'.
            countryCode = regionMetadata!.CountryCode;
        }

        if (normalizedNationalNumber.Length < MinLengthForNsn)
        {
            return Fail(ErrorType.TOO_SHORT_NSN, "The string supplied is too short to be a phone number.", out error, out message);
        }

        if (regionMetadata is not null)
        {
            var potential = normalizedNationalNumber;
            MaybeStripNationalPrefixAndCarrierCode(ref potential, regionMetadata);
            // Keep the stripped form only if it is still a plausible length: short codes such as
            // AU "000" must not lose their leading digits.
            var lengthCheck = TestNumberLength(potential, regionMetadata, PhoneNumberType.UNKNOWN);
            if (lengthCheck is not (ValidationResult.TOO_SHORT or ValidationResult.IS_POSSIBLE_LOCAL_ONLY or ValidationResult.INVALID_LENGTH))
            {
                normalizedNationalNumber = potential;
            }
        }

        if (normalizedNationalNumber.Length < MinLengthForNsn)
        {
            return Fail(ErrorType.TOO_SHORT_NSN, "The string supplied is too short to be a phone number.", out error, out message);
        }

        if (normalizedNationalNumber.Length > MaxLengthForNsn)
        {
            return Fail(ErrorType.TOO_LONG, "The string supplied is too long to be a phone number.", out error, out message);
        }

        number = BuildNumber(countryCode, normalizedNationalNumber, extension);
        return true;
    }

    private static bool Fail(ErrorType type, string text, out ErrorType error, out string message)
    {
        error = type;
        message = text;
        return false;
    }

    private static PhoneNumber BuildNumber(int countryCode, string nsn, string extension)
    {
        var leadingZeros = 0;
        if (nsn.Length > 1 && nsn[0] == '0')
        {
            // Italian-style NSN: its leading zeros are part of the number; the integer field loses them.
            leadingZeros = 1;
            while (leadingZeros < nsn.Length - 1 && nsn[leadingZeros] == '0')
            {
                leadingZeros++;
            }
        }

        return new PhoneNumber
        {
            CountryCode = countryCode,
            NationalNumber = ulong.Parse(nsn, System.Globalization.CultureInfo.InvariantCulture),
            Extension = extension,
            ItalianLeadingZero = leadingZeros > 0,
            NumberOfLeadingZeros = leadingZeros > 1 ? leadingZeros : 1,
        };
    }

    // RFC 3966 numbers ("tel:...;phone-context=+44") are rebuilt as "+44..."; anything else is
    // reduced to the part that can be a number.
    private static bool TryBuildNationalNumberForParsing(string numberToParse, out string nationalNumber)
    {
        var contextIndex = numberToParse.IndexOf(Rfc3966PhoneContext, StringComparison.Ordinal);
        if (contextIndex >= 0)
        {
            var contextStart = contextIndex + Rfc3966PhoneContext.Length;
            var contextEnd = numberToParse.IndexOf(';', contextStart);
            var context = contextEnd >= 0 ? numberToParse[contextStart..contextEnd] : numberToParse[contextStart..];
            if (context.Length == 0
                || !(ParsingPatterns.GlobalNumberDigits().IsMatch(context) || ParsingPatterns.DomainName().IsMatch(context)))
            {
                nationalNumber = "";
                return false;
            }

            var prefixIndex = numberToParse.IndexOf(Rfc3966Prefix, StringComparison.Ordinal);
            var numberStart = prefixIndex >= 0 ? prefixIndex + Rfc3966Prefix.Length : 0;
            var local = numberStart <= contextIndex ? numberToParse[numberStart..contextIndex] : "";
            nationalNumber = context[0] == '+' ? context + local : local;
        }
        else
        {
            nationalNumber = TextScan.ExtractPossibleNumber(numberToParse);
        }

        var isdnIndex = nationalNumber.IndexOf(Rfc3966IsdnSubaddress, StringComparison.Ordinal);
        if (isdnIndex > 0)
        {
            nationalNumber = nationalNumber[..isdnIndex];
        }

        return true;
    }

    internal static bool IsViablePhoneNumber(string number) =>
        number.Length >= MinLengthForNsn && (TextScan.IsPlainlyViable(number) || ParsingPatterns.ViablePhoneNumber().IsMatch(number));

    // Cuts a trailing extension ("ext. 12", "x12", "#12", ";ext=12") when what remains is still viable.
    private static string MaybeStripExtension(ref string number)
    {
        if (!TextScan.MayHaveExtension(number))
        {
            return "";
        }

        var match = ParsingPatterns.Extension().Match(number);
        if (!match.Success || !IsViablePhoneNumber(number[..match.Index]))
        {
            return "";
        }

        for (var group = 1; group < match.Groups.Count; group++)
        {
            if (match.Groups[group].Success)
            {
                var extension = match.Groups[group].Value;
                number = number[..match.Index];
                return extension;
            }
        }

        return "";
    }

    private readonly record struct StepFailure(ErrorType Error, string Message);

    // Google's maybeExtractCountryCode: a calling code from "+", from the default region's IDD,
    // or written without "+" in front of a national number of the default region.
    private StepFailure? MaybeExtractCountryCode(
        string number, RegionMetadata? defaultRegion, out int countryCode, out string nationalNumber)
    {
        countryCode = 0;
        nationalNumber = "";
        if (number.Length == 0)
        {
            return null;
        }

        var fullNumber = number;
        var source = MaybeStripInternationalPrefixAndNormalize(ref fullNumber, defaultRegion?.InternationalPrefix);
        if (source != CountryCodeSource.FromDefaultCountry)
        {
            if (fullNumber.Length <= MinLengthForNsn)
            {
                return new StepFailure(
                    ErrorType.TOO_SHORT_AFTER_IDD, "Phone number had an IDD, but after this was not long enough to be a viable phone number.");
            }

            countryCode = ExtractCountryCode(fullNumber, out nationalNumber);
            return countryCode != 0
                ? null
                : new StepFailure(ErrorType.INVALID_COUNTRY_CODE, "Country calling code supplied was not recognised.");
        }

        if (defaultRegion is not null)
        {
            var codeText = defaultRegion.CountryCode.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (fullNumber.StartsWith(codeText, StringComparison.Ordinal))
            {
                var potential = fullNumber[codeText.Length..];
                var general = defaultRegion.General.Pattern!;
                MaybeStripNationalPrefixAndCarrierCode(ref potential, defaultRegion);
                // Only treat the leading digits as a calling code when the whole string is not a
                // national number already (DE "491512345678" keeps its 49) or is too long to be one.
                if ((!general.IsMatch(fullNumber) && general.IsMatch(potential))
                    || TestNumberLength(fullNumber, defaultRegion, PhoneNumberType.UNKNOWN) == ValidationResult.TOO_LONG)
                {
                    nationalNumber = potential;
                    countryCode = defaultRegion.CountryCode;
                    return null;
                }
            }
        }

        return null;
    }

    private enum CountryCodeSource
    {
        FromNumberWithPlusSign,
        FromNumberWithIdd,
        FromDefaultCountry,
    }

    private static CountryCodeSource MaybeStripInternationalPrefixAndNormalize(ref string number, LazyPattern? internationalPrefix)
    {
        if (number.Length == 0)
        {
            return CountryCodeSource.FromDefaultCountry;
        }

        var plusLength = 0;
        while (plusLength < number.Length && TextScan.IsPlus(number[plusLength]))
        {
            plusLength++;
        }

        if (plusLength > 0)
        {
            number = TextScan.Normalize(number[plusLength..]);
            return CountryCodeSource.FromNumberWithPlusSign;
        }

        number = TextScan.Normalize(number);
        if (internationalPrefix is null)
        {
            return CountryCodeSource.FromDefaultCountry;
        }

        var match = internationalPrefix.Regex.Match(number);
        // No calling code starts with 0, so "00 0..." is not an international number.
        if (match.Success && !(match.Length < number.Length && number[match.Length] == '0'))
        {
            number = number[match.Length..];
            return CountryCodeSource.FromNumberWithIdd;
        }

        return CountryCodeSource.FromDefaultCountry;
    }

    // Reads 1, 2 then 3 digits; no calling code is a prefix of another, so the first hit wins.
    private int ExtractCountryCode(string fullNumber, out string nationalNumber)
    {
        nationalNumber = "";
        if (fullNumber.Length == 0 || fullNumber[0] == '0')
        {
            return 0;
        }

        var code = 0;
        for (var i = 1; i <= MaxLengthCountryCode && i <= fullNumber.Length; i++)
        {
            code = (code * 10) + (fullNumber[i - 1] - '0');
            if (store.RegionsForCallingCode(code) is not null)
            {
                nationalNumber = fullNumber[i..];
                return code;
            }
        }

        return 0;
    }

    // Google's maybeStripNationalPrefixAndCarrierCode: removes a trunk prefix ("0", "1", "8") or
    // rewrites the number with the transform rule (AR "0 11 15 ..." → "9 11 ...").
    private static bool MaybeStripNationalPrefixAndCarrierCode(ref string number, RegionMetadata metadata)
    {
        var prefixPattern = metadata.NationalPrefixForParsing;
        if (number.Length == 0 || prefixPattern is null)
        {
            return false;
        }

        var match = prefixPattern.Regex.Match(number);
        if (!match.Success)
        {
            return false;
        }

        var general = metadata.General.Pattern!;
        var viableOriginal = general.IsMatch(number);
        var groupCount = match.Groups.Count - 1;
        var transformRule = metadata.NationalPrefixTransformRule;
        if (string.IsNullOrEmpty(transformRule) || !match.Groups[groupCount].Success)
        {
            var rest = number[match.Length..];
            if (viableOriginal && !general.IsMatch(rest))
            {
                return false;
            }

            number = rest;
            return true;
        }

        var transformed = match.Result(transformRule) + number[match.Length..];
        if (viableOriginal && !general.IsMatch(transformed))
        {
            return false;
        }

        number = transformed;
        return true;
    }
}
