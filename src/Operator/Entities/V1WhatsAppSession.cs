using k8s.Models;
using Kube.Operator.Entities;
using Kube.Operator.Entities.Attributes;

namespace WhatsAppCampaigns.Operator.Entities;

/// <summary>One WhatsApp Business phone number and how to reach the Cloud API (or the mock gateway) for it.</summary>
[KubernetesEntity(Group = WhatsAppApi.Group, ApiVersion = WhatsAppApi.Version, Kind = "WhatsAppSession", PluralName = "whatsappsessions")]
[KubernetesEntityShortNames("was")]
[KubernetesEntityCategories("whatsapp")]
[Description("A WhatsApp Business phone number and the credentials to send from it.")]
[GenericAdditionalPrinterColumn(".spec.phoneNumberId", "PhoneNumberId", "string")]
[GenericAdditionalPrinterColumn(".status.conditions[?(@.type==\"Ready\")].status", "Ready", "string")]
public sealed class V1WhatsAppSession : CustomKubernetesEntity<V1WhatsAppSession.SessionSpec, V1WhatsAppSession.SessionStatus>
{
    /// <summary>The desired session.</summary>
    public sealed class SessionSpec
    {
        /// <summary>Meta's phone-number id.</summary>
        [Required]
        [Description("The Cloud API phone-number id (digits).")]
        [Pattern(WhatsAppApi.DigitsPattern)]
        public string PhoneNumberId { get; set; } = "";

        /// <summary>Base URL of the Cloud API or the mock gateway.</summary>
        [Required]
        [Description("Base URL of the WhatsApp Cloud API (https://graph.facebook.com/v21.0) or the mock gateway.")]
        [Pattern(WhatsAppApi.HttpUrlPattern)]
        [Length(8, 2048)]
        public string ApiBaseUrl { get; set; } = "";

        /// <summary>Secret key holding the access token.</summary>
        [Required]
        [Description("Secret key holding the Cloud API access token.")]
        public KeySelector TokenSecretRef { get; set; } = new();

        /// <summary>Secret key holding the webhook app secret.</summary>
        [Description("Secret key holding the app secret that signs webhook deliveries.")]
        public KeySelector? AppSecretRef { get; set; }

        /// <summary>The number's send rate.</summary>
        [Description("Send rate of this number; campaigns may lower it.")]
        public RateSpec? Rate { get; set; }
    }

    /// <summary>The observed session.</summary>
    public sealed class SessionStatus
    {
        /// <summary>The generation last checked.</summary>
        [Description("The metadata.generation this status was computed from.")]
        [RangeMinimum(Minimum = 0)]
        public long? ObservedGeneration { get; set; }

        /// <summary>Ready tells whether the gateway and credentials check out.</summary>
        [Description("Ready=True when the gateway answers and the credentials are readable.")]
        [ListMapKeys("type")]
        public IList<V1Condition>? Conditions { get; set; }

        /// <summary>When the gateway was last checked.</summary>
        [Description("When the gateway and credentials were last checked.")]
        public DateTime? LastCheckedTime { get; set; }
    }
}
