import Synchronization

/// A context value shared by many pages, whose rendered sections are kept and reused.
///
/// The A–Z bar is the same list on every term page filed under a letter; rendering it
/// anew on each of 10,000 pages was an eighth of all the work a build did. A section over
/// a memoized value is rendered once per section of the template set and copied after
/// that, but only when its output depended on nothing but the value itself (see
/// `TemplateRenderer`): a section that looked up a name outside the value renders anew
/// every time, so memoizing never changes the output.
public final class MemoizedValue: Sendable, Equatable {
    let value: TemplateValue
    private let outputs = Mutex<[Key: [UInt8]]>([:])

    /// A section of one template set: the set's generation and the address of the
    /// section's children, which the set keeps alive and unchanged while it exists.
    struct Key: Hashable {
        var generation: UInt64
        var section: UInt
    }

    init(_ value: TemplateValue) {
        self.value = value
    }

    func output(for key: Key) -> [UInt8]? {
        outputs.withLock { $0[key] }
    }

    func store(_ output: ArraySlice<UInt8>, for key: Key) {
        outputs.withLock { $0[key] = Array(output) }
    }

    public static func == (a: MemoizedValue, b: MemoizedValue) -> Bool {
        a === b || a.value == b.value
    }
}
