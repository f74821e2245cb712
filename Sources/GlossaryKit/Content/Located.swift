/// A value with the place in a term file it came from, for diagnostics.
public struct Located<Value: Sendable>: Sendable {
    public var value: Value
    /// 1-based line in the whole file (not in the front matter block).
    public var line: Int
    /// 1-based column, counted in Unicode scalars.
    public var column: Int

    /// Pairs a value with its file position.
    public init(_ value: Value, line: Int, column: Int) {
        self.value = value
        self.line = line
        self.column = column
    }
}

extension Located: Equatable where Value: Equatable {}
