using System.Globalization;

namespace WhatsAppCampaigns.CampaignState;

/// <summary>
/// The value of one recipient's field in the claims hash (<see cref="CampaignKeys.Claims"/>):
/// <c>sending|holder|fence|ms</c>, <c>sent|wamid|fence|ms</c> or <c>failed|code|fence|ms|message</c>
/// (the message last, so it may hold '|'). Pure.
/// </summary>
/// <param name="State"><see cref="Sending"/>, <see cref="Sent"/> or <see cref="Failed"/>.</param>
/// <param name="Value">The holder (sending), the wamid (sent) or the Cloud API error code (failed).</param>
/// <param name="Fence">The fencing token of the sender that wrote it.</param>
/// <param name="UnixMilliseconds">When it was written.</param>
/// <param name="Message">The error message (failed only).</param>
public sealed record ClaimRecord(string State, string Value, long Fence, long UnixMilliseconds, string? Message = null)
{
    /// <summary>Claimed and possibly on its way; not yet answered.</summary>
    public const string Sending = "sending";

    /// <summary>Accepted by the Cloud API (a wamid exists).</summary>
    public const string Sent = "sent";

    /// <summary>Refused or failed for this recipient, with the Cloud API code.</summary>
    public const string Failed = "failed";

    /// <summary>True when <see cref="State"/> is <see cref="Sent"/>.</summary>
    public bool IsSent => State == Sent;

    /// <summary>True when <see cref="State"/> is <see cref="Failed"/>.</summary>
    public bool IsFailed => State == Failed;

    /// <summary>The stored text.</summary>
    public string Format() => Message is null
        ? string.Create(CultureInfo.InvariantCulture, $"{State}|{Value}|{Fence}|{UnixMilliseconds}")
        : string.Create(CultureInfo.InvariantCulture, $"{State}|{Value}|{Fence}|{UnixMilliseconds}|{Message}");

    /// <summary>A sent record.</summary>
    /// <param name="wamid">The message id the Cloud API returned.</param>
    /// <param name="fence">The writer's fencing token.</param>
    /// <param name="ms">Unix milliseconds now.</param>
    public static ClaimRecord ForSent(string wamid, long fence, long ms) => new(Sent, wamid, fence, ms);

    /// <summary>A failed record.</summary>
    /// <param name="code">The Cloud API error code (or the HTTP status when there was none).</param>
    /// <param name="message">What the Cloud API said.</param>
    /// <param name="fence">The writer's fencing token.</param>
    /// <param name="ms">Unix milliseconds now.</param>
    public static ClaimRecord ForFailed(int code, string message, long fence, long ms) =>
        new(Failed, code.ToString(CultureInfo.InvariantCulture), fence, ms, message);

    /// <summary>Parses a stored value; null for something this version did not write.</summary>
    /// <param name="value">The stored text.</param>
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
