namespace AgreementTracker.GraphQL.AspNetCore.WebSockets;

/// <summary>Names and close codes of the <c>graphql-transport-ws</c> protocol (graphql-ws's PROTOCOL.md).</summary>
public static class GraphQLTransportWs
{
    public const string SubProtocol = "graphql-transport-ws";

    public static class MessageTypes
    {
        public const string ConnectionInit = "connection_init";
        public const string ConnectionAck = "connection_ack";
        public const string Ping = "ping";
        public const string Pong = "pong";
        public const string Subscribe = "subscribe";
        public const string Next = "next";
        public const string Error = "error";
        public const string Complete = "complete";
    }

    /// <summary>Application close codes: the socket is closed with these when the peer breaks the protocol.</summary>
    public static class CloseCodes
    {
        /// <summary>A message that is not JSON, has an unknown type, or lacks a required field.</summary>
        public const int BadRequest = 4400;

        /// <summary>A subscribe message before the connection was acknowledged.</summary>
        public const int Unauthorized = 4401;

        /// <summary>The server's connection check refused the connection_init payload.</summary>
        public const int Forbidden = 4403;

        /// <summary>The client asked for a subprotocol other than graphql-transport-ws.</summary>
        public const int SubprotocolNotAcceptable = 4406;

        /// <summary>No connection_init arrived within the initialisation timeout.</summary>
        public const int ConnectionInitialisationTimeout = 4408;

        /// <summary>A subscribe message reused the id of an operation that is still running.</summary>
        public const int SubscriberAlreadyExists = 4409;

        /// <summary>A second connection_init on the same socket.</summary>
        public const int TooManyInitialisationRequests = 4429;
    }
}
