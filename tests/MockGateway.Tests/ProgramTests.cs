using System.Diagnostics;
using System.Text;
using TestSupport;
using WhatsAppCampaigns.MockGateway.Tests.Support;

namespace WhatsAppCampaigns.MockGateway.Tests;

/// <summary>The program (<c>src/MockGateway.Server</c>) as its own process: what it writes to the console per send.</summary>
public sealed class ProgramTests
{
    [Fact]
    public async Task Main_DefaultLogging_WritesNoLinePerRequest()
    {
        var output = await RunThreeSendsAsync();

        Assert.Contains("Now listening on", output);
        Assert.DoesNotContain("Request starting", output);
    }

    [Fact]
    public async Task Main_AspNetCoreLoggingConfigured_WritesRequestLinesAgain()
    {
        var output = await RunThreeSendsAsync("--Logging:LogLevel:Microsoft.AspNetCore=Information");

        Assert.Contains("Request starting HTTP/1.1 POST", output);
    }

    /// <summary>
    /// Three sends, then a reset, whose own log line (MockGateway's, Information) comes after any
    /// line about the sends: the console logger writes in order, so once it shows, the output up
    /// to it is complete.
    /// </summary>
    private static async Task<string> RunThreeSendsAsync(params string[] extraArguments)
    {
        var port = FreePort.Next();
        var start = new ProcessStartInfo(Path.Combine(AppContext.BaseDirectory, OperatingSystem.IsWindows() ? "MockGateway.Server.exe" : "MockGateway.Server"))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add($"http://127.0.0.1:{port}");
        foreach (var argument in extraArguments) start.ArgumentList.Add(argument);
        var output = new StringBuilder();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => { lock (output) output.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { lock (output) output.AppendLine(e.Data); };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/") };
            client.DefaultRequestHeaders.Authorization = new("Bearer", "mock-access-token");
            await Eventually.UntilAsync(async () => await IsHealthyAsync(client), "the gateway process answering /health", TimeSpan.FromSeconds(60));
            for (var i = 1; i <= 3; i++)
                Assert.Equal(System.Net.HttpStatusCode.OK, (await Sends.PostAsync(client, Sends.Template($"+491510000000{i}", "hello_world", "en_US"), "106540352242922")).Status);
            using (var reset = await client.PostAsync("inspection/reset", null)) reset.EnsureSuccessStatusCode();
            await Eventually.UntilAsync(() => Text(output).Contains("Inspection state reset"), "the reset's log line", TimeSpan.FromSeconds(30));
            var text = Text(output);
            return text[..text.IndexOf("Inspection state reset", StringComparison.Ordinal)];
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    private static string Text(StringBuilder output)
    {
        lock (output) return output.ToString();
    }

    private static async Task<bool> IsHealthyAsync(HttpClient client)
    {
        try
        {
            using var response = await client.GetAsync("health");
            return response.IsSuccessStatusCode;
        }
        catch (HttpRequestException)
        {
            return false; // not listening yet
        }
    }
}
