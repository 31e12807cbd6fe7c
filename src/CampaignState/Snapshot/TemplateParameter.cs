namespace WhatsAppCampaigns.CampaignState.Snapshot;

/// <summary>A text parameter of a template component; <see cref="Text"/> may hold <c>{{variables}}</c>.</summary>
/// <param name="Text">The parameter text.</param>
/// <param name="ParameterName">For templates created with named variables; absent for positional ones.</param>
public sealed record TemplateParameter(string Text, string? ParameterName = null);
