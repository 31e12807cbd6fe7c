using Microsoft.AspNetCore.Http;

namespace WhatsAppCampaigns.Webhooks.Http;

/// <summary>Reads the raw body, exactly as received (the signature covers these bytes), up to a limit.</summary>
internal static class RequestBody
{
    /// <summary>The body, or null when it is longer than <paramref name="limit"/> bytes.</summary>
    public static async Task<ReadOnlyMemory<byte>?> ReadAsync(HttpRequest request, int limit, CancellationToken cancellationToken)
    {
        if (request.ContentLength > limit) return null;
        var buffer = new byte[Math.Min(request.ContentLength ?? 16 * 1024, limit) + 1];
        var length = 0;
        while (true)
        {
            if (length == buffer.Length)
            {
                if (length > limit) return null;
                Array.Resize(ref buffer, Math.Min(buffer.Length * 2, limit + 1));
            }
            int read;
            try
            {
                read = await request.Body.ReadAsync(buffer.AsMemory(length), cancellationToken);
            }
            catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
            {
                return null; // Kestrel's own MaxRequestBodySize stopped a body sent without Content-Length
            }
            if (read == 0) break;
            length += read;
            if (length > limit) return null;
        }
        return buffer.AsMemory(0, length);
    }
}
