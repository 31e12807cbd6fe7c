using System.ComponentModel.DataAnnotations;

namespace WhatsAppCampaigns.MockGateway.Hosting;

/// <summary>One template in the registry, identified by name and language as Meta does.</summary>
public sealed class TemplateOptions
{
    /// <summary>The exact, case-sensitive template name.</summary>
    [Required]
    public string Name { get; set; } = "";

    /// <summary>The language code the template was approved in (<c>en_US</c>, <c>de</c>, …).</summary>
    [Required]
    public string Language { get; set; } = "en_US";

    /// <summary><c>MARKETING</c>, <c>UTILITY</c> or <c>AUTHENTICATION</c>; reported in webhook pricing.</summary>
    public string Category { get; set; } = "MARKETING";

    /// <summary><c>APPROVED</c>, <c>PAUSED</c> (132015), <c>DISABLED</c> (132016) or anything else (132001).</summary>
    public string Status { get; set; } = "APPROVED";

    /// <summary>Parameters the header takes.</summary>
    [Range(0, 100)]
    public int HeaderParameters { get; set; }

    /// <summary>Parameters the body takes (<c>{{1}}</c>…).</summary>
    [Range(0, 100)]
    public int BodyParameters { get; set; }

    /// <summary>Parameters all buttons take together (quick-reply payloads, URL suffixes).</summary>
    [Range(0, 100)]
    public int ButtonParameters { get; set; }
}
