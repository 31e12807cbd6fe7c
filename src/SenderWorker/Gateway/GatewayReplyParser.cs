using System.Text.Json;

namespace WhatsAppCampaigns.SenderWorker.Gateway;

/// <summary>Reads a send response body: the wamid, or the Graph error envelope (reference 1.5, 2.1). Pure.</summary>
internal static class GatewayReplyParser
{
    /// <summary>The reply for <paramref name="httpStatus"/> and <paramref name="body"/>; lenient about unknown fields.</summary>
    public static GatewayReply Parse(int httpStatus, ReadOnlySpan<byte> body)
    {
        try
        {
            using var document = JsonDocument.Parse(body.ToArray());
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object) return Unparsed(httpStatus);
            if (root.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.Object)
            {
                int? code = error.TryGetProperty("code", out var c) && c.TryGetInt32(out var ci) ? ci : null;
                int? subcode = error.TryGetProperty("error_subcode", out var s) && s.TryGetInt32(out var si) ? si : null;
                var message = error.TryGetProperty("message", out var m) && m.ValueKind == JsonValueKind.String ? m.GetString() : null;
                return GatewayReply.Error(httpStatus, code, message, subcode);
            }
            if (httpStatus is >= 200 and < 300 && root.TryGetProperty("messages", out var messages)
                && messages.ValueKind == JsonValueKind.Array && messages.GetArrayLength() > 0
                && messages[0].TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String)
                return GatewayReply.Accepted(id.GetString()!);
            return Unparsed(httpStatus);
        }
        catch (JsonException)
        {
            return Unparsed(httpStatus);
        }
    }

    private static GatewayReply Unparsed(int httpStatus) =>
        GatewayReply.Error(httpStatus, null, httpStatus is >= 200 and < 300 ? "success without a message id" : "no Graph error body");
}
