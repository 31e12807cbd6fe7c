using System.Text;
using StackExchange.Redis;
using TestSupport;
using WhatsAppCampaigns.CampaignState;
using WhatsAppCampaigns.WebhookReceiver.Hosting;
using WhatsAppCampaigns.Webhooks.Signature;

namespace WhatsAppCampaigns.Webhooks.Tests.Support;

/// <summary>A private redis-server and the real receiver on loopback, shared by a test class; tests use their own scopes and users.</summary>
public sealed class ReceiverFixture : IAsyncLifetime
{
    public const string AppSecret = "test-app-secret";
    public const string VerifyToken = "verify-me";
    public const string Session = "shop-main";
    public const string OtherPhoneNumberId = "200000000000001";
    public const string OtherSession = "shop-other";

    private RedisServer? _redis;
    private WebhookReceiverHost? _receiver;
    private ConnectionMultiplexer? _mux;

    public RedisServer Redis => _redis!;

    public WebhookReceiverHost Receiver => _receiver!;

    public IDatabase Db => _mux!.GetDatabase();

    public HttpClient Http { get; } = new();

    public async Task InitializeAsync()
    {
        _redis = await RedisServer.StartAsync();
        _receiver = await StartReceiverAsync(_redis.Endpoint);
        _mux = await ConnectionMultiplexer.ConnectAsync(_redis.Endpoint);
    }

    public static Task<WebhookReceiverHost> StartReceiverAsync(string redisEndpoint) =>
        WebhookReceiverHost.StartAsync(redisEndpoint + ",connectTimeout=1000,asyncTimeout=2000", o =>
        {
            o.AppSecret = AppSecret;
            o.VerifyToken = VerifyToken;
            o.Sessions[Payloads.PhoneNumberId] = Session;
            o.Sessions[OtherPhoneNumberId] = OtherSession;
        });

    /// <summary>POSTs <paramref name="body"/> signed with the app secret (or with <paramref name="signature"/>; "" sends no header).</summary>
    public Task<HttpResponseMessage> PostAsync(string body, string? signature = null) => PostAsync(Http, Receiver.CallbackUri, body, signature);

    public static async Task<HttpResponseMessage> PostAsync(HttpClient http, Uri uri, string body, string? signature = null)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        using var request = new HttpRequestMessage(HttpMethod.Post, uri) { Content = new ByteArrayContent(bytes) };
        request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        signature ??= WebhookSignatureVerifier.Compute(AppSecret, bytes);
        if (signature.Length > 0) request.Headers.TryAddWithoutValidation(WebhookSignatureVerifier.HeaderName, signature);
        return await http.SendAsync(request);
    }

    /// <summary>POSTs and asserts 200.</summary>
    public async Task PostOkAsync(string body)
    {
        using var response = await PostAsync(body);
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }

    /// <summary>A fresh scope with claims for <paramref name="claims"/> (field → record).</summary>
    public async Task<string> NewScopeAsync(params (string Field, string Record)[] claims)
    {
        var scope = "ns" + Guid.NewGuid().ToString("N")[..8] + "/campaign";
        foreach (var (field, record) in claims) await Db.HashSetAsync(new CampaignKeys(scope, Session).Claims, field, record);
        return scope;
    }

    public async Task<Dictionary<string, string>> HashAsync(string key) =>
        (await Db.HashGetAllAsync(key)).ToDictionary(e => e.Name.ToString(), e => e.Value.ToString());

    public async Task DisposeAsync()
    {
        Http.Dispose();
        if (_mux is not null) await _mux.DisposeAsync();
        if (_receiver is not null) await _receiver.DisposeAsync();
        if (_redis is not null) await _redis.DisposeAsync();
    }
}
