using System.Globalization;

namespace WhatsAppCampaigns.SenderWorker.Dedupe;

/// <summary>
/// The value of one recipient's field in the dedupe hash: <c>sending|holder|fence|ms</c>,
/// <c>sent|wamid|fence|ms</c> or <c>failed|code|fence|ms|message</c> (the message last, so it may
/// hold '|'). Pure.
/// </summary>
internal sealed record ClaimRecord(string State, string Value, long Fence, long UnixMilliseconds, string? Message = null)
{
    public const string Sending = "sending";
    public const string Sent = "sent";
    public const string Failed = "failed";

    public bool IsSent => State == Sent;

    public bool IsFailed => State == Failed;

    public string Format() => Message is null
        ? string.Create(CultureInfo.InvariantCulture, $"{State}|{Value}|{Fence}|{UnixMilliseconds}")
        : string.Create(CultureInfo.InvariantCulture, $"{State}|{Value}|{Fence}|{UnixMilliseconds}|{Message}");

    public static ClaimRecord ForSent(string wamid, long fence, long ms) => new(Sent, wamid, fence, ms);

    public static ClaimRecord ForFailed(int code, string message, long fence, long ms) =>
        new(Failed, code.ToString(CultureInfo.InvariantCulture), fence, ms, message);

    /// <summary>Parses a stored value; null for something this version did not write.</summary>
    public static ClaimRecord? Parse(string? value)
    {
        if (string.IsNullOrEmpty(value)) return null;
        var parts = value.Split('|', 5);
        if (parts.Length < 4
            || !long.TryParse(parts[2], NumberStyles.Integer, CultureInfo.InvariantCulture, out var fence)
            || !long.TryParse(parts[3], NumberStyles.Integer, CultureInfo.InvariantCulture, out var ms)) return null;
        return new ClaimRecord(parts[0], parts[1], fence, ms, parts.Length == 5 ? parts[4] : null);
    }
}
