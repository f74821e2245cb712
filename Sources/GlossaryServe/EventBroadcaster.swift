import Foundation
import Hummingbird
import NIOCore

/// Server-sent events to every open page: one `rebuild` event per rebuild.
final class EventBroadcaster: @unchecked Sendable {
    private let lock = NSLock()
    private var streams: [UUID: AsyncStream<String>.Continuation] = [:]
    private var finished = false

    /// A `text/event-stream` response that stays open until the server stops.
    func response() -> Response {
        let (stream, continuation) = AsyncStream<String>.makeStream()
        let id = UUID()
        let accepted = lock.withLock { () -> Bool in
            if finished { return false }
            streams[id] = continuation
            return true
        }
        if !accepted { continuation.finish() }
        continuation.onTermination = { [weak self] _ in self?.remove(id) }
        return Response(status: .ok, headers: Self.headers, body: ResponseBody { writer in
            // A comment line first, so clients see the stream open at once.
            try await writer.write(ByteBuffer(string: ": connected\nretry: 500\n\n"))
            for await message in stream { try await writer.write(ByteBuffer(string: message)) }
            try await writer.finish(nil)
        })
    }

    /// What `HEAD` gets: the stream's headers, and no stream opened that nobody would read.
    func headResponse() -> Response {
        var response = Response(status: .ok, headers: Self.headers)
        // The stream's length is unknown, as for GET, not the empty body's 0.
        response.headers[.contentLength] = nil
        return response
    }

    private static var headers: HTTPFields {
        var headers = HTTPFields()
        headers[.contentType] = "text/event-stream"
        headers[.cacheControl] = "no-store"
        return headers
    }

    func send(generation: Int, succeeded: Bool) {
        let message = "event: rebuild\ndata: {\"generation\":\(generation),\"ok\":\(succeeded)}\n\n"
        for continuation in lock.withLock({ Array(streams.values) }) { continuation.yield(message) }
    }

    func finishAll() {
        let all = lock.withLock { () -> [AsyncStream<String>.Continuation] in
            finished = true
            defer { streams.removeAll() }
            return Array(streams.values)
        }
        for continuation in all { continuation.finish() }
    }

    private func remove(_ id: UUID) {
        lock.withLock { _ = streams.removeValue(forKey: id) }
    }
}
