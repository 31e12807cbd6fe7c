using System.Buffers.Text;
using System.Text;

namespace WhatsAppCampaigns.MockGateway.Rules;

/// <summary>
/// Message ids shaped like Meta's: <c>wamid.</c> + base64 of a small record holding the user's
/// wa_id and an 18-character hex id (decode Meta's sample and you get the same layout). The hex id
/// comes from the message identity and the reset epoch, so ids are unique and replayable.
/// </summary>
internal static class WamidFactory
{
    private static ReadOnlySpan<byte> Middle => [0x15, 0x02, 0x00, 0x11, 0x18, 0x12];

    public static string Create(string waId, ulong identity, long epoch)
    {
        Span<byte> raw = stackalloc byte[3 + WaIds.MaxDigits + 6 + 18 + 1];
        var n = 0;
        raw[n++] = 0x1C;
        raw[n++] = 0x18;
        raw[n++] = (byte)waId.Length;
        n += Encoding.ASCII.GetBytes(waId, raw[n..]);
        Middle.CopyTo(raw[n..]);
        n += Middle.Length;
        var id = Scenarios.SeededDraw.Mix(identity ^ Scenarios.SeededDraw.Mix(unchecked((ulong)epoch)));
        // 16 hex digits of the id, then 2 of the identity's low byte, for 72 bits as in Meta's ids.
        for (var shift = 60; shift >= 0; shift -= 4) raw[n++] = Hex((int)(id >> shift) & 0xF);
        raw[n++] = Hex((int)(identity >> 4) & 0xF);
        raw[n++] = Hex((int)identity & 0xF);
        raw[n++] = 0x00;

        Span<byte> encoded = stackalloc byte[Base64.GetMaxEncodedToUtf8Length(n)];
        Base64.EncodeToUtf8(raw[..n], encoded, out _, out var written);
        Span<char> chars = stackalloc char[6 + written];
        "wamid.".CopyTo(chars);
        for (var i = 0; i < written; i++) chars[6 + i] = (char)encoded[i];
        return new string(chars);
    }

    private static byte Hex(int nibble) => (byte)(nibble < 10 ? '0' + nibble : 'A' + nibble - 10);
}
