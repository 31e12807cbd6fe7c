namespace WhatsAppCampaigns.CampaignState.Personalization;

/// <summary>A piece of a <see cref="TextTemplate"/>: literal text, or a variable reference.</summary>
/// <param name="Text">The literal text, or the variable name as written (trimmed).</param>
/// <param name="Key">For a variable: its lookup key (the snake_case alias of the name); null for literal text.</param>
public readonly record struct TemplateSegment(string Text, string? Key)
{
    /// <summary>True for a <c>{{variable}}</c>.</summary>
    public bool IsVariable => Key is not null;
}
