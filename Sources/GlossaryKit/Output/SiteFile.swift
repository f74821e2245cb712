import Foundation

/// One file of a built site: its path below the output folder and its bytes.
public struct SiteFile: Sendable {
    public var path: String
    public var data: Data

    public init(path: String, data: Data) {
        self.path = path
        self.data = data
    }

    public init(path: String, text: String) {
        self.init(path: path, data: Data(text.utf8))
    }

    public init(path: String, bytes: [UInt8]) {
        self.init(path: path, data: Data(bytes))
    }
}
