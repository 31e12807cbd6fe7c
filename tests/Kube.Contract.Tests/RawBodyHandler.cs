using System.Text;

namespace Kube.Contract.Tests;

/// <summary>Replaces every request body with <paramref name="body"/> (same content type), for input the client would not produce.</summary>
public sealed class RawBodyHandler(string body) : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Content is { } original)
        {
            var replacement = new StringContent(body, Encoding.UTF8);
            replacement.Headers.ContentType = original.Headers.ContentType;
            request.Content = replacement;
        }
        return base.SendAsync(request, cancellationToken);
    }
}
