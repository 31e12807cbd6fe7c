using System.ComponentModel.DataAnnotations;

namespace WhatsAppCampaigns.SenderWorker.Gateway;

/// <summary>Where and as whom the sender talks to the Cloud API (or the mock gateway).</summary>
public sealed class GatewayOptions
{
    /// <summary>Configuration section.</summary>
    public const string SectionName = "Gateway";

    /// <summary>Base address, e.g. https://graph.facebook.com/ or the mock's.</summary>
    [Required]
    public Uri? BaseUrl { get; set; }

    /// <summary>Graph API version; default v21.0.</summary>
    public string ApiVersion { get; set; } = "v21.0";

    /// <summary>The business phone number id of the session.</summary>
    [Required]
    public string PhoneNumberId { get; set; } = "";

    /// <summary>Bearer access token (from a Secret); never logged.</summary>
    [Required]
    public string AccessToken { get; set; } = "";

    /// <summary>Deadline of one send request; past it the answer counts as lost. Default 30 s.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The token is a secret.</summary>
    public override string ToString() => $"{BaseUrl} {ApiVersion}/{PhoneNumberId} (token {(AccessToken.Length > 0 ? "set" : "missing")})";
}
