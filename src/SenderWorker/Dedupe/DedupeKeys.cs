namespace WhatsAppCampaigns.SenderWorker.Dedupe;

/// <summary>Redis keys of one campaign's dedupe scope; the hash tag keeps them in one slot.</summary>
internal sealed record DedupeKeys(string Scope, string Session)
{
    public string Claims => $"sender:{{{Scope}}}:claims";

    public string Fence => $"sender:{{{Scope}}}:fence";

    public string OptOut => $"optout:{{{Session}}}";

    public string Progress(string run) => $"sender:{{{Scope}}}:progress:{run}";

    public string RowOutcomes(string run) => $"sender:{{{Scope}}}:rows:{run}";

    /// <summary>The scope of a campaign: namespace/name, shared by all its runs (a re-run never re-sends).</summary>
    public static string ScopeOf(string @namespace, string campaign) => $"{@namespace}/{campaign}";

    /// <summary>
    /// <c>biz_opaque_callback_data</c>: scope and recipient key, so a status webhook can settle an
    /// unknown. Over the API's 512 characters the key is replaced by its hash.
    /// </summary>
    public static string CallbackData(string scope, string recipientKey)
    {
        var data = $"scope={scope};recipient={recipientKey}";
        if (data.Length <= 512) return data;
        var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(recipientKey)));
        return $"scope={scope[..Math.Min(scope.Length, 400)]};recipient-sha256={hash}";
    }
}
