using System.Net;
using System.Net.Sockets;

namespace TestSupport;

/// <summary>Finds a TCP port on loopback that nothing listens on right now.</summary>
public static class FreePort
{
    /// <summary>
    /// Asks the kernel for an ephemeral port and releases it. Another process could take it in
    /// between; servers started on it report a bind failure, which the fixtures surface.
    /// </summary>
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
