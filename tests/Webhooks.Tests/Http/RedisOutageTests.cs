using System.Net;
using TestSupport;
using WhatsAppCampaigns.CampaignState;
using WhatsAppCampaigns.Webhooks.Tests.Support;

namespace WhatsAppCampaigns.Webhooks.Tests.Http;

/// <summary>Acknowledge only what Redis holds: Redis down → 503 (Meta redelivers); the redelivery applies once.</summary>
public sealed class RedisOutageTests
{
    [Fact]
    public async Task Post_RedisDown_503ThenTheRedeliveryAppliesOnce()
    {
        await using var redis = await RedisServer.StartAsync();
        await using var receiver = await ReceiverFixture.StartReceiverAsync(redis.Endpoint);
        using var http = new HttpClient();
        const string phone = "+4915112345678";
        var scope = "shop/outage";
        var body = Payloads.Statuses(Payloads.Status("wamid.A", "failed", 1746090000, phone[1..], CallbackData.Format(scope, phone), 131026));

        redis.Kill();
        using (var down = await ReceiverFixture.PostAsync(http, receiver.CallbackUri, body))
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, down.StatusCode);
            Assert.Contains("Redis unavailable", await down.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
        using (var notReady = await http.GetAsync(new Uri(receiver.BaseAddress, "readyz")))
            Assert.Equal(HttpStatusCode.ServiceUnavailable, notReady.StatusCode);

        await redis.RestartAsync(); // an empty server: write the claim the sender had written before the crash
        await using var mux = await StackExchange.Redis.ConnectionMultiplexer.ConnectAsync(redis.Endpoint);
        var db = mux.GetDatabase();
        await db.HashSetAsync(new CampaignKeys(scope, "").Claims, phone, "sent|wamid.A|7|1746000000500");
        await Eventually.UntilAsync(async () =>
        {
            using var ready = await http.GetAsync(new Uri(receiver.BaseAddress, "readyz"));
            return ready.IsSuccessStatusCode;
        }, "the receiver to reconnect to Redis");

        for (var i = 0; i < 2; i++) // the redelivery, and a duplicate of it
        {
            using var response = await ReceiverFixture.PostAsync(http, receiver.CallbackUri, body);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
        Assert.StartsWith("failed|131026|7|", (string?)await db.HashGetAsync(new CampaignKeys(scope, "").Claims, phone), StringComparison.Ordinal);
        var counts = (await db.HashGetAllAsync(new DeliveryKeys(scope).Delivery)).ToDictionary(e => e.Name.ToString(), e => e.Value.ToString());
        Assert.Equal(new Dictionary<string, string> { ["failed"] = "1", ["failedCode:131026"] = "1" }, counts);
    }
}
