using WhatsAppCampaigns.CampaignState.Recipients;

namespace WhatsAppCampaigns.SenderWorker.Recipients.Sources;

/// <summary>
/// A recipients file downloaded over HTTP(S), streamed: the body is handed on as it arrives, under
/// a byte cap (Content-Length checked up front, the running count always) and one deadline for the
/// whole download, measured on the injected clock.
/// </summary>
public sealed class UrlRecipientSource : IRecipientSource
{
    private readonly HttpClient _http;
    private readonly Uri _url;
    private readonly TimeSpan _timeout;
    private readonly long _maxBytes;
    private readonly TimeProvider _time;

    /// <summary>Creates the source.</summary>
    /// <param name="http">The client (its own Timeout should be infinite; this source keeps the deadline).</param>
    /// <param name="url">An absolute http or https URL.</param>
    /// <param name="timeout">Deadline for the whole download.</param>
    /// <param name="maxBytes">Largest body accepted.</param>
    /// <param name="time">The clock the deadline runs on.</param>
    public UrlRecipientSource(HttpClient http, Uri url, TimeSpan timeout, long maxBytes, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps)
            throw new ArgumentException($"only http and https URLs are supported, not '{url.Scheme}'", nameof(url));
        _http = http;
        _url = url;
        _timeout = timeout;
        _maxBytes = maxBytes;
        _time = time;
    }

    /// <summary>The URL without user info, query or fragment, which may carry credentials.</summary>
    public string DisplayName => _url.GetLeftPart(UriPartial.Path).Replace(_url.UserInfo + "@", "", StringComparison.Ordinal);

    /// <inheritdoc/>
    public async Task<RecipientSourceStream> OpenAsync(CancellationToken cancellationToken)
    {
        var deadline = new CancellationTokenSource(_timeout, _time);
        var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
        HttpResponseMessage? response = null;
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, _url);
            response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, linked.Token);
            if (!response.IsSuccessStatusCode)
                throw new RecipientFileException(DisplayName, $"download failed: HTTP {(int)response.StatusCode} {response.ReasonPhrase}");
            if (response.Content.Headers.ContentLength is { } length && length > _maxBytes)
                throw new RecipientFileException(DisplayName, $"is {length:N0} bytes, larger than the {_maxBytes:N0}-byte limit");
            var body = await response.Content.ReadAsStreamAsync(linked.Token);
            var stream = new DownloadStream(new SizeLimitedStream(body, _maxBytes, DisplayName), response, deadline, linked, DisplayName, _timeout);
            return new RecipientSourceStream(stream, DisplayName, Path.GetFileName(_url.AbsolutePath));
        }
        catch (OperationCanceledException ex) when (deadline.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            Release();
            throw new RecipientFileException(DisplayName, $"download timed out after {_timeout.TotalSeconds:0.#} s", ex);
        }
        catch (HttpRequestException ex)
        {
            Release();
            throw new RecipientFileException(DisplayName, $"download failed: {ex.Message}", ex);
        }
        catch
        {
            Release();
            throw;
        }

        void Release()
        {
            response?.Dispose();
            linked.Dispose();
            deadline.Dispose();
        }
    }

    // Reads under the download deadline and turns its expiry into a clear error; owns the response.
    private sealed class DownloadStream(Stream inner, HttpResponseMessage response, CancellationTokenSource deadline,
        CancellationTokenSource linked, string displayName, TimeSpan timeout) : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count) =>
            ReadAsync(buffer.AsMemory(offset, count)).AsTask().GetAwaiter().GetResult();

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            using var both = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, linked.Token);
            try
            {
                return await inner.ReadAsync(buffer, both.Token);
            }
            catch (OperationCanceledException ex) when (deadline.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
            {
                throw new RecipientFileException(displayName, $"download timed out after {timeout.TotalSeconds:0.#} s", ex);
            }
            catch (Exception ex) when (ex is HttpRequestException or IOException)
            {
                throw new RecipientFileException(displayName, $"download broke off: {ex.Message}", ex);
            }
        }

        public override void Flush() { }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
                response.Dispose();
                linked.Dispose();
                deadline.Dispose();
            }
            base.Dispose(disposing);
        }
    }
}
