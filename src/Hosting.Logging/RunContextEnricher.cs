using Serilog.Core;
using Serilog.Events;

namespace WhatsAppCampaigns.Hosting.Logging;

/// <summary>
/// For the text format: adds <see cref="PropertyName"/>, the campaign, run and session of the event's scope as
/// one readable suffix (<c> [shop/spring run 3f2a session main]</c>), so a plain console line says which run
/// wrote it; empty when the event has none of them. The JSON format carries the properties themselves.
/// </summary>
internal sealed class RunContextEnricher : ILogEventEnricher
{
    /// <summary>The property the text template renders.</summary>
    public const string PropertyName = "RunContext";

    private static readonly LogEventProperty Empty = new(PropertyName, new ScalarValue(""));

    /// <inheritdoc/>
    public void Enrich(LogEvent logEvent, ILogEventPropertyFactory propertyFactory)
    {
        var campaign = Text(logEvent, "Campaign");
        var ns = Text(logEvent, "Namespace");
        var run = Text(logEvent, "Run");
        var session = Text(logEvent, "Session");
        if (campaign is null && run is null && session is null)
        {
            logEvent.AddPropertyIfAbsent(Empty);
            return;
        }
        var parts = new List<string>(3);
        if (campaign is not null) parts.Add(ns is null ? campaign : $"{ns}/{campaign}");
        if (run is not null) parts.Add($"run {run}");
        if (session is not null) parts.Add($"session {session}");
        logEvent.AddPropertyIfAbsent(new LogEventProperty(PropertyName, new ScalarValue($" [{string.Join(' ', parts)}]")));
    }

    private static string? Text(LogEvent logEvent, string name) =>
        logEvent.Properties.TryGetValue(name, out var value) && value is ScalarValue { Value: { } scalar }
            && scalar.ToString() is { Length: > 0 } text
            ? text
            : null;
}
