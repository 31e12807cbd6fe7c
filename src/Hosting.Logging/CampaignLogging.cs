using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Serilog;
using Serilog.Configuration;
using Serilog.Extensions.Logging;
using Serilog.Formatting;
using Serilog.Formatting.Compact;
using Serilog.Formatting.Display;

namespace WhatsAppCampaigns.Hosting.Logging;

/// <summary>
/// The one logging setup of every program: Serilog as the Microsoft.Extensions.Logging provider, human-readable
/// lines by default, one JSON object per line with <c>Logging:Format=json</c>. <c>[LoggerMessage]</c> methods and
/// <c>ILogger.BeginScope</c> dictionaries work unchanged (a scope's entries become properties of every event
/// written inside it); levels still come from <c>Logging:LogLevel</c>.
/// </summary>
public static class CampaignLogging
{
    /// <summary>The configuration key of the format (environment <c>Logging__Format</c>): <c>text</c> (default) or <c>json</c>.</summary>
    public const string FormatKey = "Logging:Format";

    /// <summary>The text format's line: time, level, message, the run context of its scope, then any exception.</summary>
    public const string TextTemplate =
        "[{Timestamp:HH:mm:ss.fff} {Level:u3}] {Message:lj}{" + RunContextEnricher.PropertyName + "}{NewLine}{Exception}";

    private const string AspNetCoreCategory = "Microsoft.AspNetCore";

    /// <summary>
    /// Replaces the builder's logging providers with Serilog writing to <paramref name="stream"/> in the format of
    /// <see cref="FormatKey"/>. ASP.NET Core's own categories stay at Warning unless
    /// <c>Logging:LogLevel:Microsoft.AspNetCore</c> is configured: its per-request lines (health probes every few
    /// seconds, and the webhook handshake URL with its verify token) are not written at Information.
    /// </summary>
    /// <typeparam name="TBuilder">A host or web application builder.</typeparam>
    /// <param name="builder">The program's builder.</param>
    /// <param name="stream">Standard output, or standard error when standard output is the program's result.</param>
    /// <returns>The builder.</returns>
    /// <exception cref="InvalidOperationException"><see cref="FormatKey"/> is neither <c>text</c> nor <c>json</c>.</exception>
    public static TBuilder AddCampaignLogging<TBuilder>(this TBuilder builder, LogStream stream = LogStream.StandardOutput)
        where TBuilder : IHostApplicationBuilder
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.AddCampaignLogging((sinks, formatter) => sinks.Console(formatter,
            standardErrorFromLevel: stream == LogStream.StandardError ? Serilog.Events.LogEventLevel.Verbose : null));
    }

    /// <summary>The setup with another sink than the console (tests write to a <see cref="TextWriter"/>).</summary>
    internal static TBuilder AddCampaignLogging<TBuilder>(this TBuilder builder,
        Func<LoggerSinkConfiguration, ITextFormatter, LoggerConfiguration> writeTo)
        where TBuilder : IHostApplicationBuilder
    {
        var logger = writeTo(CreateConfiguration(builder.Configuration).WriteTo, Formatter(FormatOf(builder.Configuration))).CreateLogger();
        builder.Logging.ClearProviders();
        // Not AddSerilog(): it adds a Trace rule for its provider, which outranks every Logging:LogLevel rule. Registered
        // as a factory so the container disposes (flushes) it; levels stay with Microsoft.Extensions.Logging's filters.
        builder.Services.AddSingleton<ILoggerProvider>(_ => new SerilogLoggerProvider(logger, dispose: true));
        if (builder.Configuration[$"Logging:LogLevel:{AspNetCoreCategory}"] is null)
            builder.Logging.AddFilter(AspNetCoreCategory, LogLevel.Warning);
        return builder;
    }

    /// <summary>
    /// The Serilog configuration before its sink: every level passes (Microsoft.Extensions.Logging filters first),
    /// the optional <c>Serilog</c> configuration section, properties pushed with <c>LogContext</c>, and for the text
    /// format the run-context suffix.
    /// </summary>
    /// <param name="configuration">The program's configuration.</param>
    public static LoggerConfiguration CreateConfiguration(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var logger = new LoggerConfiguration()
            .MinimumLevel.Verbose()
            .ReadFrom.Configuration(configuration)
            .Enrich.FromLogContext();
        return FormatOf(configuration) == LogFormat.Text ? logger.Enrich.With<RunContextEnricher>() : logger;
    }

    /// <summary>The format <see cref="FormatKey"/> asks for (case-insensitive; unset or empty is text).</summary>
    /// <param name="configuration">The program's configuration.</param>
    /// <exception cref="InvalidOperationException">Any other value: a typo must not silently give the other format.</exception>
    public static LogFormat FormatOf(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return configuration[FormatKey]?.Trim().ToLowerInvariant() switch
        {
            null or "" or "text" => LogFormat.Text,
            "json" => LogFormat.Json,
            var other => throw new InvalidOperationException($"{FormatKey} (environment Logging__Format) must be 'text' or 'json', not '{other}'"),
        };
    }

    /// <summary>The line formatter of <paramref name="format"/>.</summary>
    /// <param name="format">Text or JSON.</param>
    public static ITextFormatter Formatter(LogFormat format) => format == LogFormat.Json
        ? new RenderedCompactJsonFormatter()
        : new MessageTemplateTextFormatter(TextTemplate, System.Globalization.CultureInfo.InvariantCulture);
}
