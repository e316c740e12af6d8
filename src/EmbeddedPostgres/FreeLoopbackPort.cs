using System.Net;
using System.Net.Sockets;

namespace AgreementTracker.EmbeddedPostgres;

internal static class FreeLoopbackPort
{
    public static int Find()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
