namespace Phone.Normalization;

public sealed partial class PhoneNumberUtil
{
    /// <summary>Outcome of a length check, as libphonenumber's <c>PhoneNumberUtil.ValidationResult</c>.</summary>
#pragma warning disable CA1707, CA1034 // Mirrors libphonenumber: nested enum with its member names.
    public enum ValidationResult
    {
        /// <summary>The length is one the region (or type) uses.</summary>
        IS_POSSIBLE,

        /// <summary>The calling code is unknown.</summary>
        INVALID_COUNTRY_CODE,

        /// <summary>Shorter than every possible length.</summary>
        TOO_SHORT,

        /// <summary>Longer than every possible length.</summary>
        TOO_LONG,

        /// <summary>Only diallable within an area (e.g. a 7-digit US number without area code).</summary>
        IS_POSSIBLE_LOCAL_ONLY,

        /// <summary>Between the shortest and longest lengths but not one of them.</summary>
        INVALID_LENGTH,
    }
#pragma warning restore CA1707, CA1034
}
