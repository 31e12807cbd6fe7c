using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;
using Microsoft.Extensions.Options;
using WhatsAppCampaigns.CampaignState.Credentials;
using WhatsAppCampaigns.CampaignState.Snapshot;

namespace WhatsAppCampaigns.SenderWorker.Gateway;

/// <summary>The Cloud API send endpoint over one pooled <see cref="HttpClient"/>; never throws for gateway trouble.</summary>
internal sealed class CloudApiClient(HttpClient http, IOptions<GatewayOptions> options) : ICloudApiClient
{
    private readonly GatewayOptions _options = options.Value;
    private readonly Uri _messagesUri = new(options.Value.BaseUrl!, $"{options.Value.ApiVersion}/{options.Value.PhoneNumberId}/messages");
    private readonly AuthenticationHeaderValue _authorization = new("Bearer", options.Value.AccessToken);

    /// <summary>The handler every send shares: many connections, since each waits for a whole answer.</summary>
    public static SocketsHttpHandler CreateHandler() => new()
    {
        MaxConnectionsPerServer = 1024,
        PooledConnectionIdleTimeout = TimeSpan.FromSeconds(30),
        ConnectTimeout = TimeSpan.FromSeconds(5),
        UseCookies = false,
        AllowAutoRedirect = false,
    };

    public Task<GatewayReply> SendAsync(string e164, CampaignMessage message, string callbackData, CancellationToken cancellationToken) =>
        PostAsync(SendRequestWriter.Write(e164, message, callbackData), cancellationToken);

    /// <summary>
    /// Checks reachability and credentials without sending anything: the shared credentials check
    /// (<see cref="CredentialsCheck"/>), whose answer the caller classifies the same way the operator does.
    /// </summary>
    public Task<GatewayReply> PreflightAsync(CancellationToken cancellationToken) =>
        PostAsync(Encoding.UTF8.GetBytes(CredentialsCheck.RequestBody), cancellationToken);

    private async Task<GatewayReply> PostAsync(byte[] body, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, _messagesUri) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.Authorization = _authorization;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_options.RequestTimeout);
        try
        {
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, timeout.Token);
            var bytes = await response.Content.ReadAsByteArrayAsync(timeout.Token);
            return GatewayReplyParser.Parse((int)response.StatusCode, bytes);
        }
        catch (HttpRequestException ex) when (ex.HttpRequestError is HttpRequestError.ConnectionError
            or HttpRequestError.NameResolutionError or HttpRequestError.SecureConnectionError
            || ex.InnerException is SocketException { SocketErrorCode: SocketError.ConnectionRefused })
        {
            return GatewayReply.NoResponse(TransportFailure.NotConnected, ex.Message);
        }
        catch (HttpRequestException ex)
        {
            return GatewayReply.NoResponse(TransportFailure.ReplyLost, ex.Message);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return GatewayReply.NoResponse(TransportFailure.ReplyLost, $"no answer within {_options.RequestTimeout.TotalSeconds:0.#} s");
        }
    }
}
