using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Kube.Client.Authentication;
using Polly;
using Polly.Retry;

namespace Kube.Client.Http;

/// <summary>
/// Sends one API request: adds credentials, applies the per-attempt timeout, retries transient failures
/// of requests the caller marked idempotent, and turns error answers into typed exceptions.
/// </summary>
internal sealed class ApiConnection : IDisposable
{
    private readonly HttpClient _http;
    private readonly string _base;
    private readonly KubernetesClientConfiguration _config;
    private readonly KubernetesRetryOptions _options;
    private readonly ResiliencePipeline<HttpResponseMessage> _retry;

    public ApiConnection(HttpClient http, KubernetesClientConfiguration config, KubernetesRetryOptions options)
    {
        _http = http;
        _config = config;
        _options = options;
        _base = config.Host.TrimEnd('/');
        _retry = BuildRetry(options);
    }

    public KubernetesClientConfiguration Configuration => _config;

    public KubernetesRetryOptions Options => _options;

    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string pathAndQuery, ApiBody? body,
        bool retryable, bool streaming, CancellationToken cancellationToken)
    {
        var response = retryable && _options.MaxRetryAttempts > 0
            ? await _retry.ExecuteAsync(
                static (state, token) => new ValueTask<HttpResponseMessage>(
                    state.Self.SendOnceAsync(state.Method, state.Path, state.Body, state.Streaming, token)),
                (Self: this, Method: method, Path: pathAndQuery, Body: body, Streaming: streaming),
                cancellationToken)
            : await SendOnceAsync(method, pathAndQuery, body, streaming, cancellationToken);
        if (response.IsSuccessStatusCode) return response;
        using (response)
        {
            var text = await response.Content.ReadAsStringAsync(cancellationToken);
            throw KubernetesErrors.FromResponse(response.StatusCode, text,
                KubernetesErrors.ParseRetryAfter(response.Headers.RetryAfter, _options.TimeProvider.GetUtcNow()),
                method.Method, pathAndQuery);
        }
    }

    public async Task<string> SendForTextAsync(HttpMethod method, string pathAndQuery, ApiBody? body, bool retryable,
        CancellationToken cancellationToken)
    {
        using var response = await SendAsync(method, pathAndQuery, body, retryable, streaming: false, cancellationToken);
        return await response.Content.ReadAsStringAsync(cancellationToken);
    }

    private async Task<HttpResponseMessage> SendOnceAsync(HttpMethod method, string pathAndQuery, ApiBody? body,
        bool streaming, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_options.RequestTimeout);
        try
        {
            var response = await SendAuthorizedAsync(method, pathAndQuery, body, streaming, timeout.Token);
            // A rotated projected token shows up as 401: read the file again and try once more (client-go does too).
            if (response.StatusCode == HttpStatusCode.Unauthorized && _config.TokenProvider is TokenFileAuth tokenFile)
            {
                response.Dispose();
                tokenFile.Invalidate();
                response = await SendAuthorizedAsync(method, pathAndQuery, body, streaming, timeout.Token);
            }
            return response;
        }
        catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException(
                $"{method.Method} {pathAndQuery} got no answer within {_options.RequestTimeout.TotalSeconds:0.#} s.", ex);
        }
    }

    private async Task<HttpResponseMessage> SendAuthorizedAsync(HttpMethod method, string pathAndQuery, ApiBody? body,
        bool streaming, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, _base + pathAndQuery);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        if (body is not null)
        {
            // No charset parameter: the media type alone selects the patch strategy.
            request.Content = new StringContent(body.Text, Encoding.UTF8);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue(body.ContentType);
        }
        request.Headers.Authorization = await AuthorizationAsync(cancellationToken);
        return await _http.SendAsync(request,
            streaming ? HttpCompletionOption.ResponseHeadersRead : HttpCompletionOption.ResponseContentRead,
            cancellationToken);
    }

    private async Task<AuthenticationHeaderValue?> AuthorizationAsync(CancellationToken cancellationToken)
    {
        if (_config.TokenProvider is { } provider) return await provider.GetAuthenticationHeaderAsync(cancellationToken);
        if (!string.IsNullOrEmpty(_config.AccessToken)) return new AuthenticationHeaderValue("Bearer", _config.AccessToken);
        if (!string.IsNullOrEmpty(_config.Username))
            return new AuthenticationHeaderValue("Basic",
                Convert.ToBase64String(Encoding.UTF8.GetBytes($"{_config.Username}:{_config.Password}")));
        return null;
    }

    // Polly refuses zero attempts; "no retries" is the empty pipeline (SendAsync skips it anyway).
    private static ResiliencePipeline<HttpResponseMessage> BuildRetry(KubernetesRetryOptions options) =>
        options.MaxRetryAttempts <= 0 ? ResiliencePipeline<HttpResponseMessage>.Empty : new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = options.TimeProvider }
            .AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                ShouldHandle = new PredicateBuilder<HttpResponseMessage>()
                    .Handle<HttpRequestException>()
                    .Handle<TimeoutException>()
                    .Handle<IOException>()
                    .HandleResult(r => RetryClassifier.IsTransient(r.StatusCode)),
                MaxRetryAttempts = options.MaxRetryAttempts,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.BaseDelay,
                MaxDelay = options.MaxDelay,
                DelayGenerator = args =>
                {
                    // The server knows best how long it is overloaded: honour Retry-After, within a cap.
                    var retryAfter = args.Outcome.Result is { } r
                        ? KubernetesErrors.ParseRetryAfter(r.Headers.RetryAfter, options.TimeProvider.GetUtcNow())
                        : null;
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

    public void Dispose() => _http.Dispose();
}
