using PhoneNumbers;

namespace Phone.Normalization.Tests.Oracles;

/// <summary>libphonenumber-csharp's answers (what <c>PhoneNormalizer</c> parses with) in the oracles' shape.</summary>
internal static class OurAnswers
{
    public static OracleAnswer For(DifferentialCase testCase)
    {
        var util = PhoneNumberUtil.GetInstance();
        try
        {
            var number = util.Parse(testCase.Input, testCase.Region);
            return new OracleAnswer
            {
                Id = testCase.Id,
                E164 = util.Format(number, PhoneNumberFormat.E164),
                Valid = util.IsValidNumber(number),
                Type = util.GetNumberType(number).ToString(),
                Region = util.GetRegionCodeForNumber(number),
                Possible = util.IsPossibleNumberWithReason(number).ToString(),
                International = util.Format(number, PhoneNumberFormat.INTERNATIONAL),
                National = util.Format(number, PhoneNumberFormat.NATIONAL),
                Extension = number.HasExtension ? number.Extension : null,
            };
        }
        catch (NumberParseException e)
        {
            return new OracleAnswer { Id = testCase.Id, Error = e.ErrorType.ToString() };
        }
    }
}
