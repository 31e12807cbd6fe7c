using System.Diagnostics;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using WhatsAppCampaigns.MockGateway.Endpoints;
using WhatsAppCampaigns.MockGateway.Hosting;

namespace MockGateway.Benchmarks;

/// <summary>
/// The send handler alone, on one thread, with no sockets and no Kestrel: a request context with the
/// body in memory goes straight into the endpoint. Tells how much of a send's cost is the gateway's
/// own logic (parse, rules, plan, record, answer), apart from HTTP and the load generator.
/// </summary>
internal static class HandlerOnly
{
    public static async Task<(double MicrosecondsPerSend, long BytesPerSend)> RunAsync(MockGatewayHost gateway, string numberId,
        string token, int sends)
    {
        var endpoint = gateway.Services.GetRequiredService<SendMessageEndpoint>();
        var bodies = Enumerable.Range(0, sends).Select(i => Encoding.UTF8.GetBytes(
            "{\"messaging_product\":\"whatsapp\",\"to\":\"+4916" + i.ToString("D9", System.Globalization.CultureInfo.InvariantCulture) +
            "\",\"type\":\"template\",\"template\":{\"name\":\"spring_offer\",\"language\":{\"code\":\"de\"},\"components\":[{\"type\":\"body\"," +
            "\"parameters\":[{\"type\":\"text\",\"text\":\"Anna\"}]}]},\"biz_opaque_callback_data\":\"campaign=bench\"}")).ToArray();
        var authorization = "Bearer " + token;
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();
        var accepted = 0;
        foreach (var body in bodies)
        {
            var context = new DefaultHttpContext();
            context.Request.Method = "POST";
            context.Request.RouteValues["phoneNumberId"] = numberId;
            context.Request.Headers.Authorization = authorization;
            context.Request.Body = new MemoryStream(body, writable: false);
            context.Response.Body = Stream.Null;
            await endpoint.HandleAsync(context);
            if (context.Response.StatusCode == 200) accepted++;
        }
        clock.Stop();
        if (accepted != sends) throw new InvalidOperationException($"only {accepted} of {sends} handler-only sends were accepted");
        return (clock.Elapsed.TotalMicroseconds / sends, (GC.GetAllocatedBytesForCurrentThread() - allocated) / sends);
    }
}
