namespace WhatsAppCampaigns.Webhooks.Payload;

/// <summary>A status's <c>pricing</c> block (reference §4.3).</summary>
/// <param name="Billable"><c>billable</c>.</param>
/// <param name="PricingModel"><c>pricing_model</c>: <c>PMP</c> (since July 2025) or <c>CBP</c>.</param>
/// <param name="Type"><c>type</c>: <c>regular</c>, <c>free_customer_service</c>, <c>free_entry_point</c>.</param>
/// <param name="Category"><c>category</c>: <c>marketing</c>, <c>utility</c>, ...</param>
public sealed record StatusPricing(bool Billable, string? PricingModel, string? Type, string? Category);
