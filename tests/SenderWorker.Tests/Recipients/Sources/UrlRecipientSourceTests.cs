using System.Net;
using Microsoft.Extensions.Time.Testing;
using WhatsAppCampaigns.CampaignState.Recipients;
using WhatsAppCampaigns.SenderWorker.Recipients;
using WhatsAppCampaigns.SenderWorker.Recipients.Sources;
using WhatsAppCampaigns.SenderWorker.Tests.TestData;

namespace WhatsAppCampaigns.SenderWorker.Tests.Recipients.Sources;

public sealed class UrlRecipientSourceTests
{
    private static readonly Uri Url = new("https://user:pw@files.example.com/lists/spring.csv?token=secret");

    private static UrlRecipientSource Source(HttpMessageHandler handler, TimeProvider? time = null, long maxBytes = 1024) =>
        new(new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan }, Url, TimeSpan.FromSeconds(30), maxBytes,
            time ?? TimeProvider.System);

    [Fact]
    public void DisplayName_Url_DropsCredentialsAndQuery() =>
        Assert.Equal("https://files.example.com/lists/spring.csv", Source(new Handler(_ => new HttpResponseMessage())).DisplayName);

    [Fact]
    public async Task OpenAsync_Ok_StreamsTheBodyAndTakesTheFileNameFromThePath()
    {
        var source = Source(new Handler(_ => new HttpResponseMessage { Content = new StringContent("phone\n+972501234567\n") }));

        await using var opened = await source.OpenAsync(CancellationToken.None);
        using var reader = new StreamReader(opened.Stream);

        Assert.Equal("phone\n+972501234567\n", await reader.ReadToEndAsync());
        Assert.Equal("spring.csv", opened.FileName);
    }

    [Fact]
    public async Task OpenAsync_NotFound_FailsWithTheStatus()
    {
        var source = Source(new Handler(_ => new HttpResponseMessage(HttpStatusCode.NotFound) { ReasonPhrase = "Not Found" }));

        var error = await Assert.ThrowsAsync<RecipientFileException>(() => source.OpenAsync(CancellationToken.None));

        Assert.Equal("https://files.example.com/lists/spring.csv: download failed: HTTP 404 Not Found", error.Message);
    }

    [Fact]
    public async Task OpenAsync_DeclaredLengthOverLimit_FailsBeforeReading()
    {
        var source = Source(new Handler(_ => new HttpResponseMessage { Content = new ByteArrayContent(new byte[2048]) }));

        var error = await Assert.ThrowsAsync<RecipientFileException>(() => source.OpenAsync(CancellationToken.None));

        Assert.Contains("is 2,048 bytes, larger than the 1,024-byte limit", error.Message);
    }

    [Fact]
    public async Task ReadAsync_UndeclaredLengthOverLimit_StopsAtTheLimit()
    {
        var body = new ConcatenatedStream((new byte[100], 50));
        var source = Source(new Handler(_ => new HttpResponseMessage { Content = new StreamContent(body) }));

        await using var opened = await source.OpenAsync(CancellationToken.None);
        var error = await Assert.ThrowsAsync<RecipientFileException>(() => opened.Stream.CopyToAsync(Stream.Null));

        Assert.Contains("is larger than the 1,024-byte limit; reading stopped", error.Message);
    }

    [Fact]
    public async Task OpenAsync_ServerNeverAnswers_TimesOutOnTheInjectedClock()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var source = Source(new Handler(async ct =>
        {
            started.SetResult();
            await Task.Delay(Timeout.Infinite, ct);
            return new HttpResponseMessage();
        }), time);

        var opening = source.OpenAsync(CancellationToken.None);
        await started.Task.WaitAsync(TimeSpan.FromSeconds(10));
        time.Advance(TimeSpan.FromSeconds(31));
        var error = await Assert.ThrowsAsync<RecipientFileException>(() => opening.WaitAsync(TimeSpan.FromSeconds(10)));

        Assert.Equal("https://files.example.com/lists/spring.csv: download timed out after 30 s", error.Message);
    }

    [Fact]
    public async Task OpenAsync_ConnectionRefused_FailsNamingTheUrl()
    {
        var source = Source(new Handler((HttpRequestMessage _) => throw new HttpRequestException("Connection refused")));

        var error = await Assert.ThrowsAsync<RecipientFileException>(() => source.OpenAsync(CancellationToken.None));

        Assert.Equal("https://files.example.com/lists/spring.csv: download failed: Connection refused", error.Message);
    }

    private sealed class Handler(Func<CancellationToken, Task<HttpResponseMessage>> respond) : HttpMessageHandler
    {
        public Handler(Func<HttpRequestMessage, HttpResponseMessage> respond) : this(_ => Task.FromResult(respond(null!))) { }

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            respond(cancellationToken);
    }
}
