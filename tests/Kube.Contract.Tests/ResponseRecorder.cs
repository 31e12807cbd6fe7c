using System.Collections.Concurrent;

namespace Kube.Contract.Tests;

/// <summary>
/// Records each answer as the wire had it: its Content-Type and, for everything but watches, its body
/// text (the client's models would re-format dates and drop what they do not know).
/// </summary>
public sealed class ResponseRecorder : DelegatingHandler
{
    private readonly ConcurrentQueue<(string Request, string? ContentType, string? Body)> _answers = new();

    public IReadOnlyCollection<(string Request, string? ContentType, string? Body)> Answers => _answers;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        var line = $"{request.Method} {request.RequestUri!.PathAndQuery}";
        string? body = null;
        if (!line.Contains("watch=true", StringComparison.Ordinal))
        {
            await response.Content.LoadIntoBufferAsync(cancellationToken);
            body = await response.Content.ReadAsStringAsync(cancellationToken);
        }
        _answers.Enqueue((line, response.Content.Headers.ContentType?.ToString(), body));
        return response;
    }
}
