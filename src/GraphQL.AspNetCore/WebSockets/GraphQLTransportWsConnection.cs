using System.Buffers;
using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using AgreementTracker.GraphQL.AspNetCore.Http;
using AgreementTracker.GraphQL.Execution;
using static AgreementTracker.GraphQL.AspNetCore.WebSockets.GraphQLTransportWs;

namespace AgreementTracker.GraphQL.AspNetCore.WebSockets;

/// <summary>
/// One graphql-transport-ws connection: the connection_init handshake, ping/pong, and any number of
/// concurrent operations (subscribe → next* → complete or error), closing the socket with the
/// protocol's close code whenever the client breaks the protocol.
/// </summary>
internal sealed class GraphQLTransportWsConnection(
    WebSocket socket, HttpContext context, GraphQLRequestExecution execution, GraphQLWebSocketOptions options)
{
    private readonly SemaphoreSlim _sending = new(1, 1);
    private readonly ConcurrentDictionary<string, CancellationTokenSource> _operations = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _closing = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted);
    private readonly ConcurrentDictionary<Task, bool> _running = new();
    private int _initialisations;
    private volatile bool _acknowledged;

    public async Task RunAsync()
    {
        var initialisationWatch = WatchInitialisationAsync();
        try
        {
            while (!_closing.IsCancellationRequested && socket.State == WebSocketState.Open)
            {
                var (frame, problem) = await ReceiveAsync();
                if (frame is null)
                {
                    await CloseAsync(problem is null ? (int)WebSocketCloseStatus.NormalClosure : CloseCodes.BadRequest, problem ?? "");
                    break;
                }
                var (message, malformed) = TransportMessage.Parse(frame);
                if (message is null)
                {
                    await CloseAsync(CloseCodes.BadRequest, malformed!);
                    break;
                }
                await HandleAsync(message);
            }
        }
        catch (Exception gone) when (gone is WebSocketException or OperationCanceledException)
        {
            // The client went away or the server is stopping: nothing is left to tell anyone.
        }
        finally
        {
            await _closing.CancelAsync();
            foreach (var operation in _operations.Values) await operation.CancelAsync();
            await Task.WhenAll(_running.Keys);
            await initialisationWatch;
        }
    }

    private Task HandleAsync(TransportMessage message) => message.Type switch
    {
        MessageTypes.ConnectionInit => InitialiseAsync(message),
        MessageTypes.Ping => SendAsync(new { type = MessageTypes.Pong }),
        MessageTypes.Pong => Task.CompletedTask,
        MessageTypes.Subscribe => SubscribeAsync(message),
        MessageTypes.Complete => StopAsync(message),
        _ => CloseAsync(CloseCodes.BadRequest, $"Invalid message received: unknown type \"{message.Type}\""),
    };

    private async Task InitialiseAsync(TransportMessage message)
    {
        if (Interlocked.Increment(ref _initialisations) > 1)
        {
            await CloseAsync(CloseCodes.TooManyInitialisationRequests, "Too many initialisation requests");
            return;
        }
        if (options.AcceptConnection is { } accept && !await accept(context, message.Payload))
        {
            await CloseAsync(CloseCodes.Forbidden, "Forbidden");
            return;
        }
        _acknowledged = true;
        await SendAsync(new { type = MessageTypes.ConnectionAck });
    }

    private async Task SubscribeAsync(TransportMessage message)
    {
        if (!_acknowledged)
        {
            await CloseAsync(CloseCodes.Unauthorized, "Unauthorized");
            return;
        }
        if (message.Id is not { } id)
        {
            await CloseAsync(CloseCodes.BadRequest, "Invalid message received: subscribe needs an \"id\"");
            return;
        }
        var (request, invalid) = GraphQLRequestReader.ReadPayload(message.Payload);
        if (request is null)
        {
            await CloseAsync(CloseCodes.BadRequest, $"Invalid message received: {invalid!.Message}");
            return;
        }
        var cancellation = CancellationTokenSource.CreateLinkedTokenSource(_closing.Token);
        if (!_operations.TryAdd(id, cancellation))
        {
            cancellation.Dispose();
            await CloseAsync(CloseCodes.SubscriberAlreadyExists, $"Subscriber for {id} already exists");
            return;
        }
        var operation = RunOperationAsync(id, request, cancellation);
        _running.TryAdd(operation, true);
        _ = operation.ContinueWith(done => _running.TryRemove(done, out _), TaskScheduler.Default);
    }

    private async Task RunOperationAsync(string id, GraphQLRequest request, CancellationTokenSource cancellation)
    {
        try
        {
            var subscription = await execution.SubscribeAsync(request, context, cancellation.Token);
            if (subscription.Failure is { } failure)
            {
                if (failure.IsRequestError)
                {
                    await SendAsync(new { id, type = MessageTypes.Error, payload = ErrorMessageCap.Apply(failure.Errors, execution.MaxErrorMessageLength) });
                    return;
                }
                await SendAsync(new { id, type = MessageTypes.Next, payload = execution.Cap(failure) });
            }
            else
            {
                await foreach (var result in subscription.Stream!.WithCancellation(cancellation.Token))
                {
                    await SendAsync(new { id, type = MessageTypes.Next, payload = execution.Cap(result) });
                }
            }
            if (!cancellation.IsCancellationRequested) await SendAsync(new { id, type = MessageTypes.Complete });
        }
        catch (Exception stopped) when (stopped is OperationCanceledException or WebSocketException)
        {
            // Completed by the client, or the connection is gone.
        }
        catch (Exception sourceFailure)
        {
            var error = new GraphQLError(sourceFailure is GraphQLError graphQLError ? ErrorMessageCap.Apply([graphQLError], execution.MaxErrorMessageLength)![0].Message : "The event stream failed.", code: ErrorCodes.InternalError);
            await SendQuietlyAsync(new { id, type = MessageTypes.Error, payload = new[] { error } });
        }
        finally
        {
            // A client's complete has already removed the id (so it can be reused at once); only the operation disposes its token.
            _operations.TryRemove(new KeyValuePair<string, CancellationTokenSource>(id, cancellation));
            cancellation.Dispose();
        }
    }

    private async Task StopAsync(TransportMessage message)
    {
        if (message.Id is not { } id || !_operations.TryRemove(id, out var operation)) return;
        try
        {
            await operation.CancelAsync();
        }
        catch (ObjectDisposedException)
        {
            // The operation finished on its own meanwhile.
        }
    }

    private async Task WatchInitialisationAsync()
    {
        try
        {
            await Task.Delay(options.ConnectionInitWaitTimeout, _closing.Token);
        }
        catch (OperationCanceledException)
        {
            return;
        }
        if (Volatile.Read(ref _initialisations) == 0)
        {
            await CloseQuietlyAsync(CloseCodes.ConnectionInitialisationTimeout, "Connection initialisation timeout");
        }
    }

    /// <summary>Reads one whole text message; null with a problem for one that breaks the protocol, null alone on close.</summary>
    private async Task<(byte[]? Frame, string? Problem)> ReceiveAsync()
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        while (true)
        {
            var memory = buffer.GetMemory(4096);
            var received = await socket.ReceiveAsync(memory, _closing.Token);
            if (received.MessageType == WebSocketMessageType.Close) return (null, null);
            if (received.MessageType == WebSocketMessageType.Binary) return (null, "Invalid message received: binary frames are not part of the protocol");
            buffer.Advance(received.Count);
            if (buffer.WrittenCount > options.MaxMessageBytes) return (null, $"Invalid message received: larger than {options.MaxMessageBytes} bytes");
            if (received.EndOfMessage) return (buffer.WrittenSpan.ToArray(), null);
        }
    }

    private async Task SendAsync<TMessage>(TMessage message)
    {
        var bytes = JsonSerializer.SerializeToUtf8Bytes(message);
        await _sending.WaitAsync(_closing.Token);
        try
        {
            await socket.SendAsync(bytes, WebSocketMessageType.Text, endOfMessage: true, _closing.Token);
        }
        finally
        {
            _sending.Release();
        }
    }

    private async Task SendQuietlyAsync<TMessage>(TMessage message)
    {
        try
        {
            await SendAsync(message);
        }
        catch (Exception gone) when (gone is WebSocketException or OperationCanceledException)
        {
            // The connection closed meanwhile.
        }
    }

    private async Task CloseAsync(int code, string reason)
    {
        await _sending.WaitAsync();
        try
        {
            if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
            {
                await socket.CloseOutputAsync((WebSocketCloseStatus)code, Truncate(reason), CancellationToken.None);
            }
        }
        finally
        {
            _sending.Release();
        }
        await _closing.CancelAsync();
    }

    private async Task CloseQuietlyAsync(int code, string reason)
    {
        try
        {
            await CloseAsync(code, reason);
        }
        catch (WebSocketException)
        {
            // Already closed by the other side.
        }
    }

    /// <summary>A close reason is at most 123 UTF-8 bytes (RFC 6455, 5.5).</summary>
    private static string Truncate(string reason)
    {
        if (Encoding.UTF8.GetByteCount(reason) <= 123) return reason;
        var length = reason.Length;
        while (Encoding.UTF8.GetByteCount(reason.AsSpan(0, length)) > 120) length--;
        return reason[..length] + "...";
    }
}
