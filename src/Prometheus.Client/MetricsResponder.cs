using Microsoft.AspNetCore.Http;

namespace Prometheus;

/// <summary>Answers a scrape over ASP.NET Core: the collected text, or 503 naming what failed.</summary>
internal static class MetricsResponder
{
    public static async Task RespondAsync(HttpContext context, CollectorRegistry registry)
    {
        var cancel = context.RequestAborted;
        System.Buffers.ArrayBufferWriter<byte> text;
        try
        {
            text = await registry.CollectAsync(cancel);
        }
        catch (Exception ex) when (!cancel.IsCancellationRequested)
        {
            // A before-collect callback failed: Prometheus records up=0 and keeps the scrape error text.
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            context.Response.ContentType = "text/plain; charset=utf-8";
            await context.Response.WriteAsync($"Scrape failed: {ex.GetType().Name}: {ex.Message}", cancel);
            return;
        }
        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = PrometheusConstants.ExporterContentType;
        context.Response.ContentLength = text.WrittenCount;
        await context.Response.Body.WriteAsync(text.WrittenMemory, cancel);
    }
}
