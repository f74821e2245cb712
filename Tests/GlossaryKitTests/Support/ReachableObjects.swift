import Foundation
@testable import GlossaryKit

/// Every class instance reachable from a value through its stored properties (Mirror), so a
/// test can hold them weakly and see which outlive a change. Bytes and text are skipped:
/// they hold no objects, and mirroring them element by element is slow.
enum ReachableObjects {
    static func collect(from root: Any) -> [AnyObject] {
        var found: [ObjectIdentifier: AnyObject] = [:]
        var pending: [Any] = [root]
        while let value = pending.popLast() {
            if value is String || value is Data || value is [UInt8] || value is ArraySlice<UInt8> || value is Substring { continue }
            if type(of: value) is AnyClass {
                let object = value as AnyObject
                guard found.updateValue(object, forKey: ObjectIdentifier(object)) == nil else { continue }
                // Its Mutex cannot be mirrored; the value is what it holds.
                if let memoized = object as? MemoizedValue {
                    pending.append(memoized.value)
                    continue
                }
            }
            pending += Mirror(reflecting: value).children.map(\.value)
        }
        return Array(found.values)
    }
}

/// A weak reference, to watch an object die.
struct WeakObject {
    weak var object: AnyObject?
    init(_ object: AnyObject) { self.object = object }
}
