import NIOCore
import NIOHTTP1

/// Gives an HTTP/1.0 request one response and then closes the connection.
///
/// Hummingbird's HTTP/1 pipeline turns requests into version-less HTTPTypes values and keeps
/// every connection open unless the request says `Connection: close`, so an HTTP/1.0 client
/// (`ab`, old proxies), which waits for the close to know the response has ended, hung. This
/// handler sits between NIO's HTTP/1 decoder and that conversion, where the version is still
/// known: it marks such a request `Connection: close` (Hummingbird then closes after the
/// response) and answers in HTTP/1.0 with `Connection: close`, so a body of unknown length
/// is sent as is rather than chunked, which HTTP/1.0 does not know. HTTP/1.0 keep-alive is
/// not offered: closing is always allowed, and keeps this simple.
final class HTTP10Connections: ChannelDuplexHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPServerRequestPart
    typealias InboundOut = HTTPServerRequestPart
    typealias OutboundIn = HTTPServerResponsePart
    typealias OutboundOut = HTTPServerResponsePart

    /// One entry per request read and not yet answered (pipelined requests queue up): whether
    /// it came as HTTP/1.0 or older.
    private var pending = CircularBuffer<Bool>()

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        guard case .head(var head) = unwrapInboundIn(data) else {
            context.fireChannelRead(data)
            return
        }
        let old = head.version.major < 1 || (head.version.major == 1 && head.version.minor == 0)
        pending.append(old)
        guard old else {
            context.fireChannelRead(data)
            return
        }
        head.headers.replaceOrAdd(name: "connection", value: "close")
        context.fireChannelRead(wrapInboundOut(.head(head)))
    }

    func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
        // Only a final response head answers a request; 1xx heads come before it.
        guard case .head(var head) = unwrapOutboundIn(data), !(100..<200).contains(head.status.code) else {
            context.write(data, promise: promise)
            return
        }
        guard let old = pending.popFirst(), old else {
            context.write(data, promise: promise)
            return
        }
        head.version = .http1_0
        head.headers.replaceOrAdd(name: "connection", value: "close")
        context.write(wrapOutboundOut(.head(head)), promise: promise)
    }
}
