using System.Text.Json;

namespace WhatsAppCampaigns.Webhooks.Tests.Support;

/// <summary>Notification bodies in Meta's shape (reference §4.2–4.4, §5), written as raw JSON.</summary>
internal static class Payloads
{
    public const string PhoneNumberId = "106540352242922";

    public static string Q(string? text) => JsonSerializer.Serialize(text);

    public static string Envelope(string field, string phoneNumberId, string inner) =>
        $$"""{"object":"whatsapp_business_account","entry":[{"id":"102290129340398","changes":[{"value":{"messaging_product":"whatsapp","metadata":{"display_phone_number":"15550783881","phone_number_id":{{Q(phoneNumberId)}}},{{inner}}},"field":{{Q(field)}}}]}]}""";

    public static string Statuses(params string[] statuses) => Statuses(PhoneNumberId, statuses);

    public static string Statuses(string phoneNumberId, IEnumerable<string> statuses) =>
        Envelope("messages", phoneNumberId, $"\"statuses\":[{string.Join(',', statuses)}]");

    /// <summary>One status; <paramref name="code"/> makes it carry <c>errors[]</c> (for failed).</summary>
    public static string Status(string wamid, string status, long seconds, string recipientId, string? callback, int? code = null,
        string details = "Message Undeliverable: the recipient's phone number is not a WhatsApp phone number.")
    {
        var callbackJson = callback is null ? "" : $",\"biz_opaque_callback_data\":{Q(callback)}";
        var tail = code is { } c
            ? $$""","errors":[{"code":{{c}},"title":"Message undeliverable","message":"Message undeliverable","error_data":{"details":{{Q(details)}}},"href":"https://developers.facebook.com/docs/whatsapp/cloud-api/support/error-codes/"}]"""
            : ""","conversation":{"id":"c1","origin":{"type":"marketing"}},"pricing":{"billable":true,"pricing_model":"PMP","type":"regular","category":"marketing"}""";
        return $$"""{"id":{{Q(wamid)}},"status":{{Q(status)}},"timestamp":"{{seconds}}","recipient_id":{{Q(recipientId)}}{{callbackJson}}{{tail}}}""";
    }

    public static string TextMessage(string from, string text, long seconds, string phoneNumberId = PhoneNumberId, string? contextId = null) =>
        Envelope("messages", phoneNumberId,
            "\"contacts\":[{\"profile\":{\"name\":\"Anna\"},\"wa_id\":" + Q(from) + "}],\"messages\":[{"
            + (contextId is null ? "" : "\"context\":{\"from\":\"15550783881\",\"id\":" + Q(contextId) + "},")
            + "\"from\":" + Q(from) + ",\"id\":\"wamid.in" + seconds + from + "\",\"timestamp\":\"" + seconds
            + "\",\"type\":\"text\",\"text\":{\"body\":" + Q(text) + "}}]");

    public static string ButtonMessage(string from, string text, string payload, long seconds) =>
        Envelope("messages", PhoneNumberId,
            $$$"""
            "messages":[{"from":{{{Q(from)}}},"id":"wamid.btn{{{seconds}}}","timestamp":"{{{seconds}}}","type":"button","button":{"payload":{{{Q(payload)}}},"text":{{{Q(text)}}}}}]
            """);

    public static string Preference(string waId, string value, long seconds, string phoneNumberId = PhoneNumberId) =>
        Envelope("user_preferences", phoneNumberId,
            $$"""
            "user_preferences":[{"wa_id":{{Q(waId)}},"detail":"User requested to stop marketing messages","category":"marketing_messages","value":{{Q(value)}},"timestamp":{{seconds}}}]
            """);
}
