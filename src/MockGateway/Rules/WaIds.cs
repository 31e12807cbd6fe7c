namespace WhatsAppCampaigns.MockGateway.Rules;

/// <summary>
/// Turns a <c>to</c> value into the user's wa_id: Meta tolerates a leading <c>+</c> and the usual
/// formatting characters and answers with the digits only (reference §6).
/// </summary>
internal static class WaIds
{
    public const int MinDigits = 7;
    public const int MaxDigits = 15;

    public static bool TryNormalize(string? to, out string waId)
    {
        waId = "";
        if (string.IsNullOrEmpty(to)) return false;
        Span<char> digits = stackalloc char[MaxDigits];
        var count = 0;
        for (var i = 0; i < to.Length; i++)
        {
            var c = to[i];
            if (c is >= '0' and <= '9')
            {
                if (count == MaxDigits) return false;
                digits[count++] = c;
            }
            else if (!(c is ' ' or '-' or '(' or ')' or '.' || (c == '+' && count == 0)))
            {
                return false;
            }
        }
        if (count < MinDigits) return false;
        waId = count == to.Length ? to : new string(digits[..count]);
        return true;
    }
}
