using k8s.Models;
using Kube.Operator.Entities;
using Kube.Operator.Entities.Attributes;

namespace WhatsAppCampaigns.Operator.Entities;

/// <summary>
/// A message campaign: who receives what, when, from which session, and how it went. The spec lives in
/// <c>V1WhatsAppCampaign.Spec.cs</c>, the status in <c>V1WhatsAppCampaign.Status.cs</c>.
/// </summary>
[KubernetesEntity(Group = WhatsAppApi.Group, ApiVersion = WhatsAppApi.Version, Kind = "WhatsAppCampaign", PluralName = "whatsappcampaigns")]
[KubernetesEntityShortNames("wac")]
[KubernetesEntityCategories("whatsapp")]
[Description("A WhatsApp message campaign: recipients, message, schedule and delivery policy, with its progress in status.")]
[GenericAdditionalPrinterColumn(".status.phase", "Phase", "string")]
[GenericAdditionalPrinterColumn(".status.counts.sent", "Sent", "integer")]
[GenericAdditionalPrinterColumn(".status.counts.failed", "Failed", "integer")]
[GenericAdditionalPrinterColumn(".status.progress", "Progress", "string")]
public sealed partial class V1WhatsAppCampaign
    : CustomKubernetesEntity<V1WhatsAppCampaign.CampaignSpec, V1WhatsAppCampaign.CampaignStatus>
{
}
