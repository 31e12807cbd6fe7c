using Kube.Operator.Entities.Attributes;

namespace WhatsAppCampaigns.Operator.Entities;

/// <summary>A key of a Secret or ConfigMap in the resource's namespace.</summary>
public sealed class KeySelector
{
    /// <summary>The Secret or ConfigMap name.</summary>
    [Required]
    [Description("Name of the Secret or ConfigMap in the same namespace.")]
    [Pattern(WhatsAppApi.NamePattern)]
    [Length(1, 253)]
    public string Name { get; set; } = "";

    /// <summary>The key within it.</summary>
    [Required]
    [Description("Key within the Secret or ConfigMap.")]
    [Pattern("^[-._a-zA-Z0-9]+$")]
    [Length(1, 253)]
    public string Key { get; set; } = "";
}
