using System.Collections.Concurrent;

namespace Kube.Contract.Tests;

/// <summary>Records each request the client sends, so tests can wait for "the watch reconnected".</summary>
public sealed class RequestRecorder : DelegatingHandler
{
    private readonly ConcurrentQueue<string> _requests = new();
    private readonly List<(Func<string, bool> Match, int Count, TaskCompletionSource Done)> _waiters = [];

    public IReadOnlyCollection<string> Requests => _requests;

    /// <summary>Completes once <paramref name="count"/> more requests matching <paramref name="match"/> were sent.</summary>
    public Task WaitForAsync(Func<string, bool> match, int count)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_waiters) _waiters.Add((match, count, done));
        return done.Task;
    }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var line = $"{request.Method} {request.RequestUri!.PathAndQuery}";
        _requests.Enqueue(line);
        lock (_waiters)
        {
            for (var i = _waiters.Count - 1; i >= 0; i--)
            {
                var (match, count, done) = _waiters[i];
                if (!match(line)) continue;
                if (count <= 1)
                {
                    done.TrySetResult();
                    _waiters.RemoveAt(i);
                }
                else
                {
                    _waiters[i] = (match, count - 1, done);
                }
            }
        }
        return base.SendAsync(request, cancellationToken);
    }
}
