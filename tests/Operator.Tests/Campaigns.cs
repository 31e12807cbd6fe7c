using k8s.Models;
using WhatsAppCampaigns.Operator.Entities;

namespace WhatsAppCampaigns.Operator.Tests;

/// <summary>Campaign builders.</summary>
internal static class Campaigns
{
    public static readonly DateTimeOffset Created = new(2026, 3, 2, 6, 0, 0, TimeSpan.Zero); // a Monday

    public static V1WhatsAppCampaign Valid(string name = "spring-sale", string ns = "shop") => new()
    {
        Metadata = new V1ObjectMeta { Name = name, NamespaceProperty = ns, Uid = "uid-1", Generation = 1, CreationTimestamp = Created.UtcDateTime },
        Spec = new V1WhatsAppCampaign.CampaignSpec
        {
            SessionRef = new V1WhatsAppCampaign.SessionReference { Name = "main" },
            Recipients = new V1WhatsAppCampaign.RecipientsSpec { ConfigMapKeyRef = new KeySelector { Name = "recipients", Key = "list.csv" } },
            Message = new V1WhatsAppCampaign.MessageSpec { Text = "Hi {{name}}" },
        },
    };
}
