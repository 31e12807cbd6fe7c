using System.Collections.Frozen;
using WhatsAppCampaigns.MockGateway.Endpoints;
using WhatsAppCampaigns.MockGateway.Hosting;

namespace WhatsAppCampaigns.MockGateway.Rules;

/// <summary>The approved templates, keyed by (name, language) exactly as Meta matches them (case-sensitive).</summary>
internal sealed class TemplateRegistry(IEnumerable<TemplateOptions> templates)
{
    private readonly FrozenDictionary<(string Name, string Language), TemplateOptions> _templates =
        templates.ToFrozenDictionary(t => (t.Name, t.Language));

    public int Count => _templates.Count;

    /// <summary>Checks a template send; null when it may go, else the Graph error Meta answers.</summary>
    public GraphError? Check(SendRequest request, out TemplateOptions? template)
    {
        if (!_templates.TryGetValue((request.TemplateName!, request.TemplateLanguage!), out template))
            return GraphErrors.Create(GraphErrors.TemplateDoesNotExist,
                $"template name ({request.TemplateName}) does not exist in {request.TemplateLanguage}");
        if (template.Status.Equals("PAUSED", StringComparison.OrdinalIgnoreCase))
            return GraphErrors.Create(GraphErrors.TemplatePaused, $"Template {template.Name} is paused due to low quality");
        if (template.Status.Equals("DISABLED", StringComparison.OrdinalIgnoreCase))
            return GraphErrors.Create(GraphErrors.TemplateDisabled, $"Template {template.Name} has been disabled due to low quality");
        if (!template.Status.Equals("APPROVED", StringComparison.OrdinalIgnoreCase))
            return GraphErrors.Create(GraphErrors.TemplateDoesNotExist,
                $"template name ({template.Name}) in {template.Language} is not approved (status {template.Status})");
        return CheckCount("header", request.HeaderParameterCount, template.HeaderParameters)
            ?? CheckCount("body", request.BodyParameterCount, template.BodyParameters)
            ?? CheckCount("button", request.ButtonParameterCount, template.ButtonParameters);
    }

    private static GraphError? CheckCount(string component, int given, int expected) => given == expected ? null
        : GraphErrors.Create(GraphErrors.TemplateParameterCount,
            $"{component}: number of localizable_params ({given}) does not match the expected number of params ({expected})");
}
