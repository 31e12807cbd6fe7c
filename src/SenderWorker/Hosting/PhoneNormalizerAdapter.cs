using System.Text;
using Phone.Normalization.Importing;
using WhatsAppCampaigns.SenderWorker.Recipients.Planning;

namespace WhatsAppCampaigns.SenderWorker.Hosting;

/// <summary>Phone.Normalization behind the recipients' <see cref="IPhoneNormalizer"/> seam.</summary>
internal sealed class PhoneNormalizerAdapter : IPhoneNormalizer
{
    public PhoneParseResult Normalize(string raw, string defaultRegion)
    {
        var result = PhoneNormalizer.Normalize(raw, defaultRegion.Length == 0 ? null : defaultRegion);
        return result.IsSuccess && result.E164 is { } e164
            ? PhoneParseResult.Valid(e164)
            : PhoneParseResult.Invalid(ScreamingSnake(result.Reason.ToString()), result.Message);
    }

    /// <summary>"TooShort" → "TOO_SHORT". Pure.</summary>
    public static string ScreamingSnake(string name)
    {
        var builder = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (i > 0 && char.IsUpper(name[i]) && !char.IsUpper(name[i - 1])) builder.Append('_');
            builder.Append(char.ToUpperInvariant(name[i]));
        }
        return builder.ToString();
    }
}
