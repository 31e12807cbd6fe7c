using System.Collections.Concurrent;

namespace Kube.Contract.Tests;

/// <summary>Records the response Content-Type of each request, as the wire had it (the client wraps watch bodies).</summary>
public sealed class ContentTypeRecorder : DelegatingHandler
{
    private readonly ConcurrentQueue<(string Request, string? ContentType)> _answers = new();

    public IReadOnlyCollection<(string Request, string? ContentType)> Answers => _answers;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        _answers.Enqueue(($"{request.Method} {request.RequestUri!.PathAndQuery}", response.Content.Headers.ContentType?.ToString()));
        return response;
    }
}
