namespace WhatsAppCampaigns.SenderWorker.Recipients.Planning;

/// <summary>
/// The sender's seam to phone normalization: raw cell text in, E.164 or a reason out. The
/// Phone.Normalization project (<c>PhoneNormalizer.Normalize(raw, defaultRegion)</c>, the
/// spreadsheet-input cleaner on libphonenumber-csharp) plugs in behind it through
/// <c>Hosting/PhoneNormalizerAdapter</c>; tests use a fake.
/// </summary>
public interface IPhoneNormalizer
{
    /// <summary>Normalizes <paramref name="raw"/>; never throws for bad input.</summary>
    /// <param name="raw">The cell text as read (trimmed).</param>
    /// <param name="defaultRegion">ISO 3166 region for numbers without a country code; may be empty.</param>
    PhoneParseResult Normalize(string raw, string defaultRegion);
}
