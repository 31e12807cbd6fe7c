using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using WhatsAppCampaigns.MockGateway.Endpoints;
using WhatsAppCampaigns.MockGateway.Hosting;

namespace MockGateway.Benchmarks;

/// <summary>
/// What the gateway keeps after many sends, each to a new recipient: the managed heap after a full
/// collection, before and after, through the send handler (the transport keeps nothing per send).
/// Bodies are made one at a time so the measurement holds only what the gateway retained.
/// </summary>
internal static class MemoryAfterSends
{
    public static async Task<(long RetainedBytes, TimeSpan Elapsed)> RunAsync(MockGatewayHost gateway, string numberId, string token, int sends)
    {
        var endpoint = gateway.Services.GetRequiredService<SendMessageEndpoint>();
        var authorization = "Bearer " + token;
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < sends; i++)
        {
            var context = new DefaultHttpContext();
            context.Request.Method = "POST";
            context.Request.RouteValues["phoneNumberId"] = numberId;
            context.Request.Headers.Authorization = authorization;
            context.Request.Body = new MemoryStream(Body(i), writable: false);
            context.Response.Body = Stream.Null;
            await endpoint.HandleAsync(context);
            if (context.Response.StatusCode != 200)
                throw new InvalidOperationException($"send {i} was answered {context.Response.StatusCode}");
        }
        clock.Stop();
        var after = GC.GetTotalMemory(forceFullCollection: true);
        GC.KeepAlive(gateway);
        return (after - before, clock.Elapsed);
    }

    private static byte[] Body(int i) => Encoding.UTF8.GetBytes(
        "{\"messaging_product\":\"whatsapp\",\"to\":\"+4917" + i.ToString("D9", CultureInfo.InvariantCulture) +
        "\",\"type\":\"template\",\"template\":{\"name\":\"spring_offer\",\"language\":{\"code\":\"de\"},\"components\":[{\"type\":\"body\"," +
        "\"parameters\":[{\"type\":\"text\",\"text\":\"Anna\"}]}]},\"biz_opaque_callback_data\":\"campaign=bench;recipient=" +
        i.ToString(CultureInfo.InvariantCulture) + "\"}");
}
