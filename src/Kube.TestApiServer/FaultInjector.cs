using Kube.TestApiServer.Internal;

namespace Kube.TestApiServer;

/// <summary>
/// Failures on demand for tests: error answers for the next requests to a path, added latency, and
/// cutting every open watch stream. Thread-safe; rules apply to requests that arrive after they are set.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001",
    Justification = "The cut source has no timer and holds no unmanaged resource; each is disposed when cut.")]
public sealed class FaultInjector
{
    private readonly object _gate = new();
    private readonly List<FailureRule> _failures = [];
    private readonly List<(string Prefix, TimeSpan Latency)> _latencies = [];
    private CancellationTokenSource _watchCut = new();

    private sealed class FailureRule(string prefix, int remaining, int statusCode, string? method)
    {
        public string Prefix { get; } = prefix;

        public int Remaining { get; set; } = remaining;

        public int StatusCode { get; } = statusCode;

        public string? Method { get; } = method;
    }

    /// <summary>
    /// The next <paramref name="count"/> requests whose path starts with <paramref name="pathPrefix"/>
    /// (and whose method matches, if given) get a Status error with this HTTP code (e.g. 500, 503, or
    /// 429 with Retry-After: 1).
    /// </summary>
    /// <param name="pathPrefix">URL path prefix such as <c>/api/v1/namespaces/t1/configmaps</c>.</param>
    /// <param name="count">How many matching requests fail.</param>
    /// <param name="statusCode">The HTTP status code of the error answer.</param>
    /// <param name="method">Only requests with this HTTP method (case-insensitive), or any when null.</param>
    public void FailNext(string pathPrefix, int count, int statusCode, string? method = null)
    {
        ArgumentNullException.ThrowIfNull(pathPrefix);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        lock (_gate) _failures.Add(new FailureRule(pathPrefix, count, statusCode, method));
    }

    /// <summary>Adds latency to every request whose path starts with <paramref name="pathPrefix"/> until cleared.</summary>
    /// <param name="pathPrefix">URL path prefix; "/" delays everything.</param>
    /// <param name="latency">Delay before the request is handled.</param>
    public void AddLatency(string pathPrefix, TimeSpan latency)
    {
        ArgumentNullException.ThrowIfNull(pathPrefix);
        lock (_gate) _latencies.Add((pathPrefix, latency));
    }

    /// <summary>Ends every open watch stream now (the client must resume transparently from its last seen RV).</summary>
    /// <remarks>The connection is aborted mid-stream, as a network cut or an API server restart would.</remarks>
    public void CutWatches()
    {
        CancellationTokenSource cut;
        lock (_gate)
        {
            cut = _watchCut;
            _watchCut = new CancellationTokenSource();
        }
        cut.Cancel();
        cut.Dispose();
    }

    /// <summary>Removes every failure and latency rule.</summary>
    public void Clear()
    {
        lock (_gate)
        {
            _failures.Clear();
            _latencies.Clear();
        }
    }

    /// <summary>A token cancelled by the next <see cref="CutWatches"/>.</summary>
    internal CancellationToken WatchCutToken
    {
        get { lock (_gate) return _watchCut.Token; }
    }

    internal TimeSpan LatencyFor(string path)
    {
        lock (_gate)
        {
            var total = TimeSpan.Zero;
            foreach (var (prefix, latency) in _latencies)
                if (path.StartsWith(prefix, StringComparison.Ordinal)) total += latency;
            return total;
        }
    }

    /// <summary>The error to answer this request with, consuming one count of the first matching rule.</summary>
    internal ApiException? TakeFailure(string path, string method)
    {
        lock (_gate)
        {
            var rule = _failures.FirstOrDefault(r => path.StartsWith(r.Prefix, StringComparison.Ordinal)
                && (r.Method is null || string.Equals(r.Method, method, StringComparison.OrdinalIgnoreCase)));
            if (rule is null) return null;
            if (--rule.Remaining == 0) _failures.Remove(rule);
            return Injected(rule.StatusCode);
        }
    }

    private static ApiException Injected(int code) => code switch
    {
        400 => new(code, "BadRequest", "injected fault: bad request"),
        401 => new(code, "Unauthorized", "Unauthorized"),
        403 => new(code, "Forbidden", "injected fault: forbidden"),
        404 => new(code, "NotFound", "injected fault: not found"),
        409 => new(code, "Conflict", "injected fault: conflict"),
        410 => new(code, "Expired", "injected fault: gone"),
        422 => new(code, "Invalid", "injected fault: invalid"),
        429 => new(code, "TooManyRequests", "injected fault: too many requests, please try again later") { RetryAfterSeconds = 1 },
        503 => new(code, "ServiceUnavailable", "injected fault: service unavailable") { RetryAfterSeconds = 1 },
        504 => new(code, "Timeout", "injected fault: timeout"),
        _ => new(code, "InternalError", "Internal error occurred: injected fault"),
    };
}
