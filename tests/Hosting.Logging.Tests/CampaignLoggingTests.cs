using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace WhatsAppCampaigns.Hosting.Logging.Tests;

/// <summary>The programs' logging setup end to end: an ILogger from the host, through Serilog, into the formatter's lines.</summary>
public sealed partial class CampaignLoggingTests
{
    private static readonly Dictionary<string, object?> RunScope = new()
    {
        ["Namespace"] = "shop", ["Campaign"] = "spring-sale", ["Run"] = "20250301-0900", ["Session"] = "main",
    };

    [Fact]
    public void Json_LinesInAScope_OneObjectPerLineWithTheScopeProperties()
    {
        var (logger, sink, host) = Start(("Logging:Format", "json"));
        using (host)
        {
            using (logger.BeginScope(RunScope))
            {
                Sent(logger, 40, 100);
                logger.LogWarning("Gateway unavailable ({Reply})", "HTTP 503");
            }
            Sent(logger, 100, 100);
        }

        var lines = sink.Lines;
        Assert.Equal(3, lines.Length);
        var objects = lines.Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.All(objects, o => Assert.Equal(JsonValueKind.Object, o.ValueKind));
        foreach (var o in objects.Take(2))
        {
            Assert.Equal("shop", o.GetProperty("Namespace").GetString());
            Assert.Equal("spring-sale", o.GetProperty("Campaign").GetString());
            Assert.Equal("20250301-0900", o.GetProperty("Run").GetString());
            Assert.Equal("main", o.GetProperty("Session").GetString());
        }
        Assert.Equal("Sent 40/100", objects[0].GetProperty("@m").GetString());
        Assert.Equal(40, objects[0].GetProperty("Sent").GetInt32());
        Assert.Equal(7, objects[0].GetProperty("EventId").GetProperty("Id").GetInt32());
        Assert.Equal("Warning", objects[1].GetProperty("@l").GetString());
        Assert.False(objects[2].TryGetProperty("Campaign", out _), "the scope ended before the third line");
    }

    [Fact]
    public void Default_Text_HumanReadableLineWithTheRunContextAndNoJson()
    {
        var (logger, sink, host) = Start();
        using (host)
        {
            using (logger.BeginScope(RunScope)) Sent(logger, 40, 100);
            Sent(logger, 100, 100);
        }

        var lines = sink.Lines;
        Assert.Equal(2, lines.Length);
        Assert.Matches(@"^\[\d\d:\d\d:\d\d\.\d{3} INF\] Sent 40/100 \[shop/spring-sale run 20250301-0900 session main\]$", lines[0].TrimEnd('\r'));
        Assert.Matches(@"^\[\d\d:\d\d:\d\d\.\d{3} INF\] Sent 100/100$", lines[1].TrimEnd('\r'));
        Assert.All(lines, l => Assert.ThrowsAny<JsonException>(() => JsonDocument.Parse(l)));
    }

    [Fact]
    public void NestedScope_SameKey_InnerValueWins()
    {
        var (logger, sink, host) = Start(("Logging:Format", "json"));
        using (host)
        using (logger.BeginScope(RunScope))
        using (logger.BeginScope(new Dictionary<string, object?> { ["Run"] = "20250302-0900" }))
            Sent(logger, 1, 2);

        Assert.Equal("20250302-0900", JsonDocument.Parse(Assert.Single(sink.Lines)).RootElement.GetProperty("Run").GetString());
    }

    [Fact]
    public void AspNetCoreCategory_InformationQuietByDefault_WarningsWritten()
    {
        var (_, sink, host) = Start();
        using (host)
        {
            var requests = host.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Microsoft.AspNetCore.Hosting.Diagnostics");
            requests.LogInformation("Request starting HTTP/1.1 GET /healthz/live");
            requests.LogWarning("Overloaded");
        }

        Assert.Contains("Overloaded", Assert.Single(sink.Lines), StringComparison.Ordinal);
    }

    [Fact]
    public void AspNetCoreCategory_ConfiguredLevel_Respected()
    {
        var (_, sink, host) = Start(("Logging:LogLevel:Microsoft.AspNetCore", "Information"));
        using (host)
            host.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Microsoft.AspNetCore.Hosting.Diagnostics")
                .LogInformation("Request starting HTTP/1.1 GET /healthz/live");

        Assert.Contains("/healthz/live", Assert.Single(sink.Lines), StringComparison.Ordinal);
    }

    [Fact]
    public void LogLevelConfiguration_DefaultWarning_InformationAndDebugNotWritten()
    {
        var (logger, sink, host) = Start(("Logging:LogLevel:Default", "Warning"));
        using (host)
        {
            Sent(logger, 1, 2);
            logger.LogDebug("retried");
            logger.LogWarning("Gateway unavailable");
        }

        Assert.Contains("Gateway unavailable", Assert.Single(sink.Lines), StringComparison.Ordinal);
    }

    [Fact]
    public void LogLevel_Unconfigured_InformationWrittenDebugNot()
    {
        var (logger, sink, host) = Start();
        using (host)
        {
            logger.LogDebug("retried");
            Sent(logger, 1, 2);
        }

        Assert.Contains("Sent 1/2", Assert.Single(sink.Lines), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, LogFormat.Text)]
    [InlineData("", LogFormat.Text)]
    [InlineData("text", LogFormat.Text)]
    [InlineData("json", LogFormat.Json)]
    [InlineData(" JSON ", LogFormat.Json)]
    public void FormatOf_Value_Format(string? value, LogFormat expected) =>
        Assert.Equal(expected, CampaignLogging.FormatOf(Configuration(("Logging:Format", value))));

    [Fact]
    public void FormatOf_Typo_ThrowsNamingTheSwitch()
    {
        var ex = Assert.Throws<InvalidOperationException>(() => CampaignLogging.FormatOf(Configuration(("Logging:Format", "jsn"))));
        Assert.Contains("Logging__Format", ex.Message, StringComparison.Ordinal);
    }

    [LoggerMessage(7, LogLevel.Information, "Sent {Sent}/{Total}")]
    private static partial void Sent(ILogger logger, int sent, int total);

    private static IConfiguration Configuration(params (string Key, string? Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => KeyValuePair.Create(v.Key, v.Value))).Build();

    /// <summary>A host as a program builds it (minus environment variables and appsettings), logging into a string.</summary>
    private static (ILogger Logger, TextWriterSink Sink, IHost Host) Start(params (string Key, string? Value)[] values)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(values.Select(v => KeyValuePair.Create(v.Key, v.Value)));
        builder.Logging.AddConfiguration(builder.Configuration.GetSection("Logging")); // what the default builders do
        TextWriterSink? sink = null;
        builder.AddCampaignLogging((sinks, formatter) => sinks.Sink(sink = new TextWriterSink(formatter)));
        var host = builder.Build();
        return (host.Services.GetRequiredService<ILogger<CampaignLoggingTests>>(), sink!, host);
    }
}
