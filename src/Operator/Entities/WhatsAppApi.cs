namespace WhatsAppCampaigns.Operator.Entities;

/// <summary>The API group and version of our custom resources.</summary>
public static class WhatsAppApi
{
    /// <summary>The API group.</summary>
    public const string Group = "whatsapp.campaigns.dev";

    /// <summary>The served and stored version.</summary>
    public const string Version = "v1alpha1";

    /// <summary>Digits only, as Meta assigns phone-number ids.</summary>
    public const string DigitsPattern = "^[0-9]{5,20}$";

    /// <summary>An http(s) URL.</summary>
    public const string HttpUrlPattern = "^https?://[^\\s]+$";

    /// <summary>A Go-style duration such as <c>500ms</c>, <c>30s</c>, <c>5m</c>, <c>1h30m</c>.</summary>
    public const string DurationPattern = "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$";

    /// <summary>A DNS-1123 subdomain (object names).</summary>
    public const string NamePattern = "^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$";
}
