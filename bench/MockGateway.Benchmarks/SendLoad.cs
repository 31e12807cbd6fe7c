using System.Diagnostics;
using System.Net;
using System.Text;

namespace MockGateway.Benchmarks;

/// <summary>
/// Drives <c>POST /v21.0/{id}/messages</c> with many concurrent requests over loopback, each to a
/// new recipient (so the pair limit never bites), rotating over the registered numbers (so the
/// per-number 1,000/s limit is not the ceiling), and counts 200s.
/// </summary>
internal static class SendLoad
{
    public sealed record Result(long Accepted, long Rejected, long Errors, TimeSpan Elapsed)
    {
        public double PerSecond => Accepted / Elapsed.TotalSeconds;
    }

    public static async Task<Result> RunAsync(Uri baseAddress, IReadOnlyList<string> numberIds, string token,
        int concurrency, TimeSpan duration, long recipientOffset)
    {
        using var handler = new SocketsHttpHandler
        {
            MaxConnectionsPerServer = concurrency,
            UseProxy = false,
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
        };
        using var client = new HttpClient(handler) { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };
        client.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", "Bearer " + token);
        var uris = numberIds.Select(id => new Uri(baseAddress, $"v21.0/{id}/messages")).ToArray();

        long accepted = 0, rejected = 0, errors = 0, sequence = recipientOffset;
        var clock = Stopwatch.StartNew();
        var deadline = duration;
        var workers = Enumerable.Range(0, concurrency).Select(async _ =>
        {
            while (clock.Elapsed < deadline)
            {
                var n = Interlocked.Increment(ref sequence);
                using var content = new ByteArrayContent(Body(n));
                content.Headers.TryAddWithoutValidation("Content-Type", "application/json");
                try
                {
                    using var response = await client.PostAsync(uris[n % uris.Length], content);
                    await response.Content.LoadIntoBufferAsync();
                    if (response.StatusCode == HttpStatusCode.OK) Interlocked.Increment(ref accepted);
                    else Interlocked.Increment(ref rejected);
                }
                catch (HttpRequestException)
                {
                    Interlocked.Increment(ref errors);
                }
            }
        }).ToArray();
        await Task.WhenAll(workers);
        return new Result(accepted, rejected, errors, clock.Elapsed);
    }

    private static byte[] Body(long n) => Encoding.UTF8.GetBytes(
        "{\"messaging_product\":\"whatsapp\",\"to\":\"+4915" + n.ToString("D9", System.Globalization.CultureInfo.InvariantCulture) +
        "\",\"type\":\"template\",\"template\":{\"name\":\"spring_offer\",\"language\":{\"code\":\"de\"},\"components\":[{\"type\":\"body\"," +
        "\"parameters\":[{\"type\":\"text\",\"text\":\"Anna\"}]}]},\"biz_opaque_callback_data\":\"campaign=bench;recipient=" +
        n.ToString(System.Globalization.CultureInfo.InvariantCulture) + "\"}");
}
