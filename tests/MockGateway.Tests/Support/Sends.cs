using System.Net;
using System.Text;
using System.Text.Json;

namespace WhatsAppCampaigns.MockGateway.Tests.Support;

/// <summary>Request bodies exactly as the Cloud API takes them, and a way to post them.</summary>
public static class Sends
{
    public static string Template(string to, string name = "spring_offer", string language = "de", params string[] bodyParameters)
    {
        var parameters = string.Join(",", bodyParameters.Select(p => $$"""{"type":"text","text":{{JsonSerializer.Serialize(p)}}}"""));
        var components = bodyParameters.Length == 0 ? "" : $$""","components":[{"type":"body","parameters":[{{parameters}}]}]""";
        return $$"""{"messaging_product":"whatsapp","to":"{{to}}","type":"template","template":{"name":"{{name}}","language":{"code":"{{language}}"}{{components}}},"biz_opaque_callback_data":"r={{to}}"}""";
    }

    public static string Offer(string to) => Template(to, "spring_offer", "de", "Anna");

    public static string Text(string to, string body = "Hello") =>
        $$$"""{"messaging_product":"whatsapp","recipient_type":"individual","to":"{{{to}}}","type":"text","text":{"preview_url":false,"body":{{{JsonSerializer.Serialize(body)}}}}}""";

    public static async Task<SendResult> PostAsync(HttpClient client, string body, string numberId = Gateways.NumberId)
    {
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        using var response = await client.PostAsync($"v21.0/{numberId}/messages", content);
        var text = await response.Content.ReadAsStringAsync();
        return new SendResult(response.StatusCode, JsonDocument.Parse(text).RootElement.Clone());
    }
}

public sealed record SendResult(HttpStatusCode Status, JsonElement Body)
{
    public int ErrorCode => Body.GetProperty("error").GetProperty("code").GetInt32();

    public string Wamid => Body.GetProperty("messages")[0].GetProperty("id").GetString()!;
}
