namespace WhatsAppCampaigns.Webhooks.Delivery;

/// <summary>Phone numbers in logs show only their last 4 digits (style guide). Pure.</summary>
internal static class PhoneMask
{
    public static string Mask(string number) =>
        number.Length <= 4 ? new string('*', number.Length) : new string('*', number.Length - 4) + number[^4..];
}
