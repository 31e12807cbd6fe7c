namespace Phone.Normalization;

/// <summary>Thrown by <see cref="PhoneNumberUtil.Parse"/>, as libphonenumber's <c>NumberParseException</c>.</summary>
public sealed class NumberParseException : Exception
{
    /// <summary>Creates the exception for <paramref name="errorType"/>.</summary>
    public NumberParseException(ErrorType errorType, string message)
        : base(message)
    {
        ErrorType = errorType;
    }

    /// <summary>Creates the exception with a generic message.</summary>
    public NumberParseException()
        : this(ErrorType.NOT_A_NUMBER, "The string supplied did not seem to be a phone number.")
    {
    }

    /// <summary>Creates the exception as <see cref="ErrorType.NOT_A_NUMBER"/>.</summary>
    public NumberParseException(string message)
        : this(ErrorType.NOT_A_NUMBER, message)
    {
    }

    /// <summary>Creates the exception as <see cref="ErrorType.NOT_A_NUMBER"/> wrapping another.</summary>
    public NumberParseException(string message, Exception innerException)
        : base(message, innerException)
    {
        ErrorType = ErrorType.NOT_A_NUMBER;
    }

    /// <summary>The reason the text could not be parsed.</summary>
    public ErrorType ErrorType { get; }

    /// <inheritdoc/>
    public override string ToString() => $"Error type: {ErrorType}. {Message}";
}
