using System.Net;
using System.Text.Json;
using Polly;
using Polly.Retry;

namespace Kube.Operator.Client;

/// <summary>
/// What the package lacks: retries of transient failures (connection errors, per-attempt timeouts, 429, 500,
/// 502, 503, 504) for exactly the requests whose replay cannot do harm — reads and watch establishment, PUT
/// with <c>metadata.resourceVersion</c>, merge and apply patches, DELETE with preconditions. POST, JSON
/// patch, unconditional PUT and DELETE are sent once. Exponential jittered backoff; a <c>Retry-After</c>
/// header wins (capped). Pass it to <c>new Kubernetes(config, new IdempotentRetryHandler())</c>.
/// </summary>
public sealed class IdempotentRetryHandler : DelegatingHandler
{
    private readonly KubernetesRetryOptions _options;
    private readonly ResiliencePipeline<HttpResponseMessage> _retry;

    /// <summary>Retries with the default options.</summary>
    public IdempotentRetryHandler() : this(new KubernetesRetryOptions()) { }

    /// <summary>Retries with the given options.</summary>
    /// <param name="options">Attempts, backoff, Retry-After cap, per-attempt timeout, clock.</param>
    public IdempotentRetryHandler(KubernetesRetryOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _retry = options.MaxRetryAttempts <= 0 ? ResiliencePipeline<HttpResponseMessage>.Empty : BuildRetry(options);
    }

    /// <inheritdoc/>
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request,
        CancellationToken cancellationToken)
    {
        var watch = IsWatch(request);
        if (!await IsReplaySafeAsync(request, cancellationToken))
            return await SendOnceAsync(request, watch, cancellationToken);
        return await _retry.ExecuteAsync(
            static (state, token) => new ValueTask<HttpResponseMessage>(state.Self.SendOnceAsync(state.Request, state.Watch, token)),
            (Self: this, Request: request, Watch: watch), cancellationToken);
    }

    /// <summary>Whether a replay of <paramref name="request"/> after a lost answer cannot do harm (the README's table).</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels reading the body.</param>
    /// <returns>True for reads, conditional PUT, merge/apply patch and DELETE with preconditions.</returns>
    public static async Task<bool> IsReplaySafeAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var method = request.Method;
        if (method == HttpMethod.Get || method == HttpMethod.Head) return true;
        if (method == HttpMethod.Patch)
            return request.Content?.Headers.ContentType?.MediaType is "application/merge-patch+json"
                or "application/apply-patch+yaml";
        if (method != HttpMethod.Put && method != HttpMethod.Delete) return false;
        if (request.Content is null) return false;
        var body = await request.Content.ReadAsStringAsync(cancellationToken);
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            return method == HttpMethod.Put
                ? NonEmpty(root, "metadata", "resourceVersion")
                : NonEmpty(root, "preconditions", "uid") || NonEmpty(root, "preconditions", "resourceVersion");
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private async Task<HttpResponseMessage> SendOnceAsync(HttpRequestMessage request, bool watch,
        CancellationToken cancellationToken)
    {
        if (watch) return await base.SendAsync(request, cancellationToken);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_options.RequestTimeout);
        try
        {
            return await base.SendAsync(request, timeout.Token);
        }
        catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException(
                $"{request.Method} {request.RequestUri?.PathAndQuery} got no answer within {_options.RequestTimeout.TotalSeconds:0.#} s.", ex);
        }
    }

    private static bool IsWatch(HttpRequestMessage request) =>
        request.RequestUri?.Query.Contains("watch=true", StringComparison.Ordinal) == true;

    private static bool NonEmpty(JsonElement root, string parent, string child) =>
        root.ValueKind == JsonValueKind.Object && root.TryGetProperty(parent, out var p) && p.ValueKind == JsonValueKind.Object
        && p.TryGetProperty(child, out var c) && c.ValueKind == JsonValueKind.String && c.GetString() is { Length: > 0 };

    private static bool IsTransient(HttpStatusCode code) => code is HttpStatusCode.TooManyRequests
        or HttpStatusCode.InternalServerError or HttpStatusCode.BadGateway
        or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout;

    private static TimeSpan? RetryAfter(HttpResponseMessage response, DateTimeOffset now) =>
        response.Headers.RetryAfter switch
        {
            { Delta: { } delta } => delta,
            { Date: { } date } => date > now ? date - now : TimeSpan.Zero,
            _ => null,
        };

    private static ResiliencePipeline<HttpResponseMessage> BuildRetry(KubernetesRetryOptions options) =>
        new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = options.TimeProvider }
            .AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                ShouldHandle = new PredicateBuilder<HttpResponseMessage>()
                    .Handle<HttpRequestException>()
                    .Handle<TimeoutException>()
                    .Handle<IOException>()
                    .HandleResult(r => IsTransient(r.StatusCode)),
                MaxRetryAttempts = options.MaxRetryAttempts,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.BaseDelay,
                MaxDelay = options.MaxDelay,
                DelayGenerator = args =>
                {
                    // The server knows best how long it is overloaded: honour Retry-After, within a cap.
                    var retryAfter = args.Outcome.Result is { } r ? RetryAfter(r, options.TimeProvider.GetUtcNow()) : null;
                    return new ValueTask<TimeSpan?>(retryAfter is { } d
                        ? (d < options.MaxRetryAfter ? d : options.MaxRetryAfter)
                        : null);
                },
                OnRetry = args =>
                {
                    args.Outcome.Result?.Dispose();
                    return default;
                },
            })
            .Build();
}
