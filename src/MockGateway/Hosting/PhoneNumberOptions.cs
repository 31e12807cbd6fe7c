using System.ComponentModel.DataAnnotations;

namespace WhatsAppCampaigns.MockGateway.Hosting;

/// <summary>One registered business phone number and the token allowed to send from it.</summary>
public sealed class PhoneNumberOptions
{
    /// <summary>The Graph id used in the URL and in webhook <c>metadata.phone_number_id</c>.</summary>
    [Required]
    public string PhoneNumberId { get; set; } = "106540352242922";

    /// <summary>The number as shown to users, digits only (<c>metadata.display_phone_number</c>).</summary>
    [Required]
    public string DisplayPhoneNumber { get; set; } = "15550783881";

    /// <summary>The bearer token accepted for this number. Never printed by <see cref="ToString"/>.</summary>
    [Required]
    public string AccessToken { get; set; } = "mock-access-token";

    /// <summary>Messages per second (Meta: 80 by default, up to 1,000 when upgraded). Default 80.</summary>
    [Range(1, 1000)]
    public int ThroughputPerSecond { get; set; } = 80;

    /// <inheritdoc/>
    public override string ToString() => $"{PhoneNumberId} ({DisplayPhoneNumber}, {ThroughputPerSecond}/s)";
}
