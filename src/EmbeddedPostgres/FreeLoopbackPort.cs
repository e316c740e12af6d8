using System.Net;
using System.Net.Sockets;

namespace AgreementTracker.EmbeddedPostgres;

/// <summary>A TCP port on 127.0.0.1 that nothing listens on at the moment of asking.</summary>
public static class FreeLoopbackPort
{
    public static int Find()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
