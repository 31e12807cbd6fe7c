using System.Text.Json.Nodes;

namespace Kube.TestApiServer.Tests.Support;

/// <summary>Reads a watch response line by line (newline-delimited JSON events).</summary>
public sealed class WatchStream : IAsyncDisposable
{
    private readonly HttpResponseMessage _response;
    private readonly StreamReader _reader;

    private WatchStream(HttpResponseMessage response, StreamReader reader)
    {
        _response = response;
        _reader = reader;
    }

    public static async Task<WatchStream> OpenAsync(HttpClient http, string path)
    {
        var response = await http.GetAsync(path, HttpCompletionOption.ResponseHeadersRead);
        response.EnsureSuccessStatusCode();
        var reader = new StreamReader(await response.Content.ReadAsStreamAsync());
        return new WatchStream(response, reader);
    }

    /// <summary>The next event, or null at the end of the stream; fails the test after the deadline.</summary>
    public async Task<JsonObject?> NextAsync(TimeSpan? timeout = null)
    {
        var line = await _reader.ReadLineAsync().WaitAsync(timeout ?? TimeSpan.FromSeconds(20));
        return line is null ? null : JsonNode.Parse(line)!.AsObject();
    }

    public async ValueTask DisposeAsync()
    {
        _reader.Dispose();
        _response.Dispose();
        await Task.CompletedTask;
    }
}
