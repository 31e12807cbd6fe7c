using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;

namespace SenderWorker.Benchmarks;

/// <summary>The ceiling: text sends straight over HttpClient with <c>inFlight</c> concurrent requests, nothing else.</summary>
internal static class RawLoop
{
    public static async Task<double> RunAsync(Uri messages, string token, int count, int inFlight, int firstNumber = 30_000_000)
    {
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 1024 });
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var next = -1;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, inFlight).Select(async _ =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < count)
            {
                var to = (firstNumber + i).ToString("D8", CultureInfo.InvariantCulture);
                var body = "{\"messaging_product\":\"whatsapp\",\"to\":\"+9725" + to + "\",\"type\":\"text\",\"text\":{\"body\":\"Hi\"}}";
                using var content = new StringContent(body, Encoding.UTF8, "application/json");
                using var response = await http.PostAsync(messages, content);
                if (!response.IsSuccessStatusCode)
                    throw new InvalidOperationException($"raw send {i}: HTTP {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            }
        }));
        return count / clock.Elapsed.TotalSeconds;
    }
}
