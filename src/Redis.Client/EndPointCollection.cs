using System.Collections.ObjectModel;
using System.Globalization;
using System.Net;

namespace Redis.Client;

/// <summary>The servers a multiplexer connects to. Mirrors StackExchange.Redis's <c>EndPointCollection</c>.</summary>
public sealed class EndPointCollection : Collection<EndPoint>
{
    /// <summary>The port used when a host is given without one.</summary>
    public const int DefaultPort = 6379;

    /// <summary>Adds <c>host:port</c> (or <c>host</c>, on port 6379).</summary>
    public void Add(string hostAndPort) => Add(Parse(hostAndPort));

    /// <summary>Adds a host and port.</summary>
    public void Add(string host, int port) => Add(Create(host, port));

    /// <summary>Parses <c>host:port</c>, <c>host</c> or <c>[v6]:port</c>.</summary>
    /// <exception cref="FormatException">The text is not an endpoint.</exception>
    public static EndPoint Parse(string hostAndPort)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(hostAndPort);
        var text = hostAndPort.Trim();
        if (IPEndPoint.TryParse(text, out var ip) && (ip.Port != 0 || !text.Contains(':', StringComparison.Ordinal) || text.EndsWith(']')))
            return ip.Port == 0 ? new IPEndPoint(ip.Address, DefaultPort) : ip;
        var colon = text.LastIndexOf(':');
        if (colon < 0) return Create(text, DefaultPort);
        if (!int.TryParse(text.AsSpan(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var port) || port is <= 0 or > 65535)
            throw new FormatException($"Invalid port in endpoint '{hostAndPort}'");
        return Create(text[..colon], port);
    }

    /// <summary>Formats an endpoint as <c>host:port</c>.</summary>
    public static string Format(EndPoint endPoint) => endPoint switch
    {
        DnsEndPoint dns => $"{dns.Host}:{dns.Port.ToString(CultureInfo.InvariantCulture)}",
        _ => endPoint.ToString() ?? "",
    };

    private static EndPoint Create(string host, int port) =>
        IPAddress.TryParse(host, out var address) ? new IPEndPoint(address, port) : new DnsEndPoint(host, port);
}
