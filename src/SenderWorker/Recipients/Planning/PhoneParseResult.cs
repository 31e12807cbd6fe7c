namespace WhatsAppCampaigns.SenderWorker.Recipients.Planning;

/// <summary>The outcome of <see cref="IPhoneNormalizer.Normalize"/>: an E.164 number, or a reason.</summary>
public sealed record PhoneParseResult
{
    private PhoneParseResult(string? e164, string? reason, string? message)
    {
        E164 = e164;
        Reason = reason;
        Message = message;
    }

    /// <summary>"+" and up to 15 digits, when valid.</summary>
    public string? E164 { get; }

    /// <summary>A stable reason code (EMPTY, TOO_SHORT, SPREADSHEET_MANGLED, ...) when invalid.</summary>
    public string? Reason { get; }

    /// <summary>Plain words for the reason.</summary>
    public string? Message { get; }

    /// <summary>True when <see cref="E164"/> is set.</summary>
    public bool IsValid => E164 is not null;

    /// <summary>A valid number.</summary>
    public static PhoneParseResult Valid(string e164) => new(e164, null, null);

    /// <summary>An invalid number and why.</summary>
    public static PhoneParseResult Invalid(string reason, string message) => new(null, reason, message);
}
