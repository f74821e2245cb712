import Foundation
import NIOCore

/// The port `serve` was asked for is taken by another program: said plainly, with the way
/// out, instead of NIO's `bind(descriptor:ptr:bytes:)` error.
public struct PortInUse: Error, CustomStringConvertible, Sendable {
    public var host: String
    public var port: Int

    public var description: String {
        "port \(port) on \(host) is already in use (another glossary serve?); "
            + "stop that program, choose another with --port, or let the system pick a free one with --port 0"
    }

    /// The error as a `PortInUse` when it is an "address in use" failure to listen.
    static func recognize(_ error: any Error, host: String, port: Int) -> (any Error)? {
        if let io = error as? IOError, io.errnoCode == EADDRINUSE { return PortInUse(host: host, port: port) }
        if String(describing: error).contains("Address already in use") { return PortInUse(host: host, port: port) }
        return nil
    }
}
