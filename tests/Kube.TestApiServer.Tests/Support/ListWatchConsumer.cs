using System.Net;
using System.Text.Json.Nodes;

namespace Kube.TestApiServer.Tests.Support;

/// <summary>
/// A minimal informer over raw HTTP (list, then watch from the list's version; resume from the last
/// seen version after a dropped stream; re-list on 410). It records each object it learns about,
/// once, in the order it learns them.
/// </summary>
public sealed class ListWatchConsumer(HttpClient http, string collectionPath)
{
    private readonly object _gate = new();
    private readonly List<string> _observed = [];
    private readonly HashSet<string> _known = [];

    /// <summary>The resume point: the version of the last event or bookmark seen, kept across dropped streams.</summary>
    private string? _rv;

    public int Relists { get; private set; }

    public int Resumes { get; private set; }

    public int Count
    {
        get { lock (_gate) return _observed.Count; }
    }

    public List<string> Observed
    {
        get { lock (_gate) return [.. _observed]; }
    }

    private void Observe(string name)
    {
        lock (_gate)
        {
            if (_known.Add(name)) _observed.Add(name);
            else _observed.Add("DUPLICATE:" + name);
        }
    }

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                _rv ??= await ListAsync(cancellationToken);
                await WatchAsync(_rv, cancellationToken);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (ex is IOException or HttpRequestException or RetryException)
            {
                // A dropped stream or a transient error: retry from the last version (bounded pause
                // so an injected run of failures does not spin the CPU).
                Resumes++;
                await Task.Delay(TimeSpan.FromMilliseconds(5), cancellationToken);
            }
            catch (GoneException)
            {
                Relists++;
                _rv = null;
            }
        }
    }

    private async Task<string> ListAsync(CancellationToken cancellationToken)
    {
        using var response = await http.GetAsync(collectionPath, cancellationToken);
        if ((int)response.StatusCode >= 500) throw new RetryException();
        response.EnsureSuccessStatusCode();
        var list = JsonNode.Parse(await response.Content.ReadAsStringAsync(cancellationToken))!.AsObject();
        // A re-list only reports what the consumer did not know yet (an informer's "add" for new keys).
        foreach (var item in list["items"]!.AsArray())
        {
            var name = item!["metadata"]!["name"]!.GetValue<string>();
            bool known;
            lock (_gate) known = _known.Contains(name);
            if (!known) Observe(name);
        }
        return list["metadata"]!["resourceVersion"]!.GetValue<string>();
    }

    /// <summary>Watches until the stream ends, advancing the resume point with every event.</summary>
    private async Task WatchAsync(string rv, CancellationToken cancellationToken)
    {
        using var response = await http.GetAsync($"{collectionPath}?watch=true&allowWatchBookmarks=true&resourceVersion={rv}",
            HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        if (response.StatusCode == HttpStatusCode.Gone) throw new GoneException();
        if ((int)response.StatusCode >= 500) throw new RetryException();
        response.EnsureSuccessStatusCode();
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(cancellationToken));
        while (await reader.ReadLineAsync(cancellationToken) is { } line)
        {
            var e = JsonNode.Parse(line)!.AsObject();
            var type = e["type"]!.GetValue<string>();
            var obj = e["object"]!.AsObject();
            if (type == "ERROR")
            {
                if (obj["code"]?.GetValue<int>() == 410) throw new GoneException();
                throw new RetryException();
            }
            if (type == "ADDED") Observe(obj["metadata"]!["name"]!.GetValue<string>());
            _rv = obj["metadata"]!["resourceVersion"]!.GetValue<string>();
        }
    }

    private sealed class GoneException : Exception;

    private sealed class RetryException : Exception;
}
